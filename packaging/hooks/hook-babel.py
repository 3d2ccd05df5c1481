"""Babel with the locale data of the languages HIRT Desk speaks and prints (32 MB down to a few).

The window is English or Japanese; packets are Japanese beside one of the packet languages;
every locale falls back through its parents to root."""

from PyInstaller.utils.hooks import collect_data_files

LANGUAGES = ("en", "ja", "zh", "ko", "ru", "vi", "mn", "th", "id", "ar")

hiddenimports = ["babel.dates", "babel.localedata", "babel.plural", "babel.numbers"]
datas = collect_data_files("babel", excludes=["locale-data/*"])
datas += collect_data_files("babel", includes=["locale-data/root.dat",
                                               *(f"locale-data/{lang}.dat" for lang in LANGUAGES),
                                               *(f"locale-data/{lang}_*.dat" for lang in LANGUAGES)])
