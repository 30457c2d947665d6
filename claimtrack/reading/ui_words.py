"""A line made only of a page's control words, in some thirty languages: "Yazdır Paylaş Yazıları
Büyült Yazıları Küçült" (print, share, larger text, smaller text), "Slušaj vest" (listen to the
news), "Drukuj Udostępnij", "印刷 シェア". Never a story's words: a story's line holds other
words too.
"""

from __future__ import annotations

import re

from claimtrack.text.combining import LETTERS
from claimtrack.text.lexicon import wordset

__all__ = ["is_control_row"]

# Print, share, send, comment, listen, save, enlarge or shrink the text, copy the link, follow.
_CONTROL_WORDS = wordset(
    """
    imprimir compartir compartilhar enviar comentar comentarios comentários escuchar ouvir
    guardar salvar imprimer partager envoyer commenter commentaires écouter enregistrer
    drucken teilen senden kommentieren kommentare anhören vorlesen speichern merken
    stampa condividi invia commenta commenti ascolta salva afdrukken delen reageren luisteren
    opslaan drukuj udostępnij wyślij komentarze posłuchaj zapisz skriv ut dela kommentera
    lyssna spara del print skriv udskriv kommentér kommentarer lytt lyt
    yazdır paylaş yazıları büyült küçült yorumlar yorum yap dinle kaydet gönder
    cetak bagikan komentar dengarkan simpan kirim tisk sdílet komentáře poslechnout uložit
    tlač zdieľať nyomtatás megosztás hozzászólások meghallgatás mentés printează distribuie
    comentarii ascultă salvează štampaj štampa podijeli podeli podijelite komentari slušaj
    poslušaj vest vijest sačuvaj εκτύπωση κοινοποίηση σχόλια άκουσε αποθήκευση печать
    поделиться комментарии слушать сохранить друк поділитися коментарі слухати друкувати
    chia sẻ bình luận nghe lưu
    प्रिंट शेयर टिप्पणी सुनें सेव طباعة مشاركة تعليقات استمع حفظ إرسال
    打印 分享 评论 收听 收藏 列印 評論 印刷 シェア コメント 保存 인쇄 공유 댓글 듣기 저장
    text size font email e-mail printable view feedback
    """
)
# Words a control row adds to its verbs ("Print This Post", "Email this page", the "A A A" of
# a text-size switch): a row of them alone is no control row.
_WITH_CONTROLS = wordset("this page post article story a")
_TOKEN = re.compile(LETTERS)
_MAX_CHARS = 80


def is_control_row(text: str) -> bool:
    """A line of one to eight control words and nothing else (see the module's notes)."""
    if len(text) > _MAX_CHARS:
        return False
    tokens = [t.casefold() for t in _TOKEN.findall(text)]
    if not 1 <= len(tokens) <= 8:
        return False
    rest = _TOKEN.sub("", text).strip(" |·•/-–—:")
    return (
        not rest.strip()
        and all(t in _CONTROL_WORDS or t in _WITH_CONTROLS for t in tokens)
        and any(t in _CONTROL_WORDS for t in tokens)
    )
