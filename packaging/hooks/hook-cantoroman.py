"""cantonese-romanisation (persons/scripts.py): its character tables, read with pkgutil.get_data."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("cantoroman", includes=["data/*.json"])
