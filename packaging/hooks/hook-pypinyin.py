"""pypinyin (persons/scripts.py): its reading dictionaries, JSON beside the modules."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("pypinyin", includes=["*.json"])
