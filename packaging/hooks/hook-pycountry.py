"""pycountry's ISO databases only: HIRT Desk names countries through Babel, so the 22 MB of
pycountry's own translations stay out."""

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

datas = copy_metadata("pycountry") + collect_data_files("pycountry", includes=["databases/*.json",
                                                                               "COPYRIGHT.txt"])
