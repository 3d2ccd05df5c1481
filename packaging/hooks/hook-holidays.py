"""holidays loads countries by name and their holiday names from gettext catalogs."""

from PyInstaller.utils.hooks import collect_data_files

hiddenimports = ["holidays.countries.japan"]
datas = collect_data_files("holidays", includes=["locale/*/LC_MESSAGES/JP.mo"])
