"""Only what HIRT Desk uses of PyThaiNLP: the word list of its dictionary segmenter (newmm).

Replaces the contributed hook, which collects 63 MB of corpora and models."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("pythainlp", includes=["corpus/words_th.txt", "corpus/stopwords_th.txt",
                                                  "corpus/default_db.json", "corpus/corpus_license.md"])
