"""OpenCC (persons/scripts.py, traditional to simplified characters): its compiled library,
configurations and dictionaries."""

from PyInstaller.utils.hooks import collect_data_files, collect_dynamic_libs

datas = collect_data_files("opencc")
binaries = collect_dynamic_libs("opencc")
