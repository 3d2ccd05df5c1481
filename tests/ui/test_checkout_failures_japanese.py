"""Each way a check-out from the window fails is said in the user's language: the command line's
one-line refusals (contracts/cli.md) read back into sentences of the window's language."""

from __future__ import annotations

from hirt_desk.store.errors import StoreError, read_message
from hirt_desk.ui.laptop_checkout import checkout_failure_text


def test_each_failure_in_japanese(japanese_ui: None) -> None:
    other = ("hirt-desk: error: this laptop database was checked out from another office's server "
             "(postgresql://olga@a/office), not postgresql://olga@b/office; nothing was changed")
    assert checkout_failure_text(other) == (
        "このノートPCデータベースは別の事務所のサーバーから持ち出されたものです。"
        "別のファイルか新しいファイルを選んでください。")
    assert checkout_failure_text("no case 'HD-2026-X-0001'") == \
        "選んだ症例の一つが事務所サーバーにもうありません。一覧を読み込み直して、選び直してください。"
    wrong = read_message("hirt-desk: error: database /tmp/l.sqlite is encrypted and this passphrase does "
                         "not open it (or it is not a HIRT Desk database)")
    assert isinstance(wrong, StoreError)
    said = checkout_failure_text(wrong)
    assert "/tmp/l.sqlite" in said and "passphrase" not in said and said.isascii() is False
    unknown = checkout_failure_text("something new went wrong")
    assert unknown.startswith("持ち出しが中断しました：") and unknown.endswith("something new went wrong")
