"""The extractor's measured accuracy on labelled answers stays above a floor.

Floors sit just under what the extractor scores today (see
``bench/nlu_accuracy.py``) so a change that makes it understand visitors
worse fails here, and one that makes it better can raise them.
"""

import functools
from pathlib import Path

import pytest

from nlu import extract
from nlu.evaluation import load, score

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus.jsonl"
# Answers written blind (labelled from the contract before the extractor saw them), one file per batch.
BLIND = sorted((HERE / "blind").glob("batch_*.jsonl"))
# Batches not yet brought up to the floors below, with the figures they must keep (overall right, free text right,
# invented values at most); they join those floors once the extractor is fixed for them:
# batch_44 (HW, 2026-12-03): first run 80/100, free text 55/69, 5 invented; after HN2 92/100, 61/69, 0; after HN3
#   and HN4 100/100, 69/69, 0.
# batch_45 (HW3, 2026-12-03): first run 74/100, free text 48/70, 0 invented; after HN3 and HN4 99/100, 70/70, 0.
# batch_46 (W4, 2026-12-03): first run 80/100, free text 51/70, 9 invented; after HN5 and HN6 100/100, 70/70, 0.
# batch_47 (W5, 2026-12-03): written blind and held back while batch_46 was fixed, so its first run measures those
#   fixes on wording nobody fitted: 76/100, free text 50/70, 3 invented; after HN7 and HN8 99/100, 69/70, 0.
# batch_48 (W6, 2026-12-04, small firms): first run 89/100, free text 61/70, 1 invented; after HN-figures and
#   HN-words 100/100, 70/70, 0.
# batch_49 (W7, 2026-12-04, mid-market and enterprise): first run 80/100, free text 54/70, 3 invented; after the
#   same 100/100, 70/70, 0.
# batch_50 (W8, 2026-12-04): written blind and held back while batches 48 and 49 were fixed: 83/100, free text
#   55/70, 1 invented at 1ea84fd before any fix; 84/100, 56/70, 1 after them (wording nobody fitted); after
#   HN-figures-2, HN-words-2 and HN-words-3 99/100, 69/70, 0 (the miss: "Lisboa", which the extractor names Lisbon).
# batch_51 (W9, 2026-12-04): written blind and held back while batches 48 to 50 were fixed: 79/100, free text
#   55/70, 6 invented at 6f4c559; 80/100, 56/70, 6 after those fixes (wording nobody fitted); after HN-51a and
#   HN-51b 98/100, 68/70, 0.
# batch_52 (W52, 2026-12-04, openings from small and mid-sized firms): first run 55/100, free text 31/70, 7 invented
#   at 30b0985; after HN-money, HN-time-heads and HN-words 98/100, 68/70, 0 (misses: "Tiruppur" for the label's
#   "Tirupur", and "a veterinary group in Norfolk", read as Virginia's where the label wants England's).
# batch_53 (W53, 2026-12-04, long mid-chat messages, tenders, agencies buying for clients): first run 51/100, free
#   text 30/70, 16 invented at 05a2540; after the same 99/100, 69/70, 1. The one left: "Our CMO wants ABM" gives an
#   authority (role influencer, seniority unknown) where the label wants none; the contract has no authority without
#   a seniority, and whether "our CMO wants" makes the visitor an influencer is the open question, so it stays here.
# batch_54 (W54, 2026-12-04): written blind and held out: nobody read its misses or fixed against it. First run 77/100,
#   free text 53/70, 1 invented at be17999, before any of this session's fixes; 78/100, 54/70, 1 after the fixes for
#   batches 52 and 53 (which went from 55 and 51 to 98 and 99): on wording nobody fitted, they moved it by one.
#   Still held out on 2026-12-04 (a later session): 79/100, 54/70, 1 at a404795, after fixes by categories found in
#   batches 45 and 51, set 9's personas and the session's own play through ``make run``.
# batch_55 (W55, 2026-12-04, issue 14's categories): written blind, first run 90/100, free text 62/70, 3 invented at
#   46891a8, before any fix; 95/100, 66/70, 0 invented after fixes by category (a time corrected or refined in the same
#   breath, a time a problem is said of even at "when?", "hc" for headcount, a figure asked about in a question right
#   after asking our price). Left: a place, a trade and a need read wrong (outside the readers of figures). Then
#   100/100, 70/70, 0 after HN-words' fixes by category (a US state's two-letter code after a word of place, a big city
#   misspelt by one letter, a place said as a contrast, "paid" beside SEO, traffic lost to a Google update).
# batch_56 (W56, 2026-12-04, the same categories, other people and trades): written blind and held out: nobody read
#   its misses or fixed against it. First run 85/100, free text 58/70, 9 invented at 46891a8.
# batch_57 (W57, 2026-12-04, issue 14's categories, other trades and places: GB US IE CA AU NZ IN ZA NG SG): written
#   blind, given to fixers. First run 85/100, free text 57/70, 3 invented at fca3f0d, before any fix.
# batch_58 (W57, 2026-12-04, the same kinds, other people and trades): written blind and held out: nobody reads its
#   misses or fixes against it. First run 85/100, free text 60/70, 1 invented at fca3f0d.
# batch_59 (W59, 2026-12-04, issue 14's categories, other trades and places: GB US IE CA AU NZ IN ZA NG SG PH KE): written
#   blind, given to fixers. First run 86/100, free text 57/70, 6 invented at 04e75e9, before any fix; after HN-money,
#   HN-figures, HN-words and HN-replies (2026-12-05) 100/100, 70/70, 0.
# batch_60 (W59, 2026-12-04, the same kinds, other people and trades): written blind and held out: nobody reads its
#   misses or fixes against it. First run 83/100, free text 54/70, 3 invented at 04e75e9; 85/100, 56/70, 3 after the
#   fixes for batch_59 and persona set 13 (2026-12-05), when batch_54 stayed at 80/100 (55/70, 1), batch_56 went to
#   86/100 (59/70, 7) and batch_58 to 88/100 (63/70, 1).
# batch_63 (W63, 2026-12-05): written blind by a writer who never saw the code, scored before any of that session's
#   fixes (a copy of nlu at e345ed6): 73/100, free text 45/68, 15 invented. Read by the lead after its first run and
#   given to the fixers as categories (money that is no budget: counts before their number, another's price, assets,
#   the visitor's own deal sizes, a price asked about), not worked on before the session ended: 74/100, 46/68, 15.
#   After the helper "money" (e8842de, 2026-12-05): 86/100, free text 57/68, 1 invented (held-out batches unchanged).
#   After the helper "timing" (da619e5, a date that belongs to something else is no start): 88/100, 58/68, 0.
# batch_64 (W64, 2026-12-05, small trades and non-profits): written blind with batch_63 and held out: nobody read
#   its misses or fixed against it. 75/100, free text 47/70, 7 invented at e345ed6 and after that session's fixes
#   (typos, accents, fillers, findings from play), when batch_56 went to 87/100 (60/70, 7) and 54/58/60/62 stayed.
# batch_65 and batch_67 (WB, 2026-12-05, trades the labels do not name, sizes said every way, numbers that are no
#   budget; 67 half in the six other languages): written blind, committed before any code read them, given to the
#   fixers. First run 77/100, free text 49/70, 4 invented (65) and 66/100, 39/70, 10 (67) at ce63739/0cf5819.
# batch_69 and batch_71 (WB2, 2026-12-05, other trades and countries; 69 80% English, 71 60%): written blind the same
#   way an hour later, by a writer who read neither 65 nor 67. First run 74/100, free text 45/70, 7 invented (69) and
#   71/100, 42/70, 3 (71) at b130b68/1d22aeb.
#   After the session's fixers (readers of industries and trades, money, sizes, timing, places and tools; 2026-12-05
#   19:40 UTC): 65 95/100, 66/70, 2; 67 94/100, 64/70, 0; 69 76/100, 47/70, 7 and 71 74/100, 45/70, 3 (mostly not yet
#   worked on). The held-out batches, read by nobody, moved with them: 54 81 -> 82, 62 83 -> 84, 64 75 -> 78 (56, 58,
#   60 unchanged).
UNFINISHED: dict[str, tuple[int, int, int]] = {
    "batch_53": (99, 69, 1), "batch_54": (82, 56, 1), "batch_56": (87, 60, 7), "batch_58": (89, 63, 1),
    "batch_60": (86, 57, 3), "batch_61": (98, 68, 0), "batch_62": (84, 54, 5), "batch_63": (99, 68, 0),
    "batch_64": (78, 50, 7), "batch_65": (95, 66, 2), "batch_67": (94, 64, 0), "batch_69": (76, 47, 7),
    "batch_71": (74, 45, 3),
}
WORKED_ON = [path for path in BLIND if path.stem not in UNFINISHED]
SAMPLE = HERE.parent.parent.parent / "shared" / "corpus" / "answers-sample.jsonl"
FIELDS = ("budget", "authority", "need", "timing", "company_size", "revenue", "industry", "location", "tech_stack", "email", "persona", "free_text")


# Each batch's floor and the free-text measure over all of them read the same scores: a batch is scored once in a
# process (the extractor is pure), and their tests run on one pytest-xdist worker. Scored twice, they were the
# slowest tests of ``make test-fast``.
SHARES_THE_SCORES = pytest.mark.xdist_group("tests.nlu.test_accuracy:blind-scores")


@functools.cache
def _score(path):
    return score(load(path), lambda ex: extract(ex["text"], field=ex.get("field"), now=ex.get("now")).to_dict())


def test_corpus_is_big_and_covers_every_field_evenly():
    examples = load(CORPUS)
    assert len(examples) >= 400
    counts = {f: 0 for f in FIELDS}
    for example in examples:
        counts[example.get("field") or "free_text"] += 1
        assert example["expect"], example
        assert isinstance(example["text"], str) and example["now"]
    assert min(counts.values()) >= 30, counts


def test_corpus_accuracy_floor():
    result = _score(CORPUS)
    failures = [(e["text"], e["expect"], o) for e, o in result.failures]
    assert result.accuracy >= 0.99, failures
    for field, accuracy in result.field_accuracy().items():
        assert accuracy >= 0.97, (field, failures)


@pytest.mark.skipif(not SAMPLE.exists(), reason="shared/corpus is not beside this checkout")
def test_shared_sample_accuracy_floor():
    result = _score(SAMPLE)
    assert result.accuracy >= 0.95, [(e["text"], o) for e, o in result.failures]


def test_blind_batches_exist_and_cover_every_contract_field():
    assert len(BLIND) >= 3
    examples = [e for path in BLIND for e in load(path)]
    assert len(examples) >= 240
    fields = {e.get("field") or "free_text" for e in examples}
    assert fields >= {"budget", "authority", "need", "timing", "company_size", "industry", "location", "revenue",
                      "tech_stack", "email", "name", "company", "free_text"}, fields
    for example in examples:
        assert example["expect"] and isinstance(example["text"], str) and example["now"], example


@SHARES_THE_SCORES
@pytest.mark.parametrize("path", WORKED_ON, ids=lambda p: p.stem)
def test_blind_batch_accuracy_floor(path):
    """Visitor language beyond our own corpus: typos, slang, refusals, non-US formats, wrong-question answers."""
    result = _score(path)
    failures = [(e["text"], e["expect"], o) for e, o in result.failures]
    # 0.97: one miss in the smallest batch (44 answers) is 2.3%.
    assert result.accuracy >= 0.97, failures


@SHARES_THE_SCORES
def test_blind_free_text_is_read_right_and_nothing_is_invented():
    """Issue 14's measures over every blind batch: free text (no question asked) >= 95% fully right,
    and no value where the labels say the text states none (a number that is not a budget,
    "this year" said about a problem, a head count that changed)."""
    results = [_score(path) for path in WORKED_ON]
    right = sum(r.free_text[0] for r in results)
    total = sum(r.free_text[1] for r in results)
    assert total >= 250 and right / total >= 0.95, [(e["text"], o) for r in results for e, o in r.failures if not e.get("field")]
    invented = [(e["text"], path, value) for r in results for e, path, value in r.invented]
    assert sum(r.no_value for r in results) >= 300
    assert invented == []


def test_a_batch_not_yet_up_to_the_floors_keeps_at_least_its_last_figures():
    for name, (right, free_right, invented) in UNFINISHED.items():
        result = _score(HERE / "blind" / f"{name}.jsonl")
        assert result.right >= right, name
        assert result.free_text[0] >= free_right, name
        assert len(result.invented) <= invented, (name, result.invented)


# Answers in the other six languages (issue 15), written blind, one file per language.
LANGUAGES = sorted((HERE / "blind").glob("lang_*.jsonl"))


def _score_in(path, hinted):
    return score(load(path), lambda ex: extract(
        ex["text"], field=ex.get("field"), now=ex.get("now"), lang=ex["lang"] if hinted else None).to_dict())


def test_every_other_language_has_a_blind_batch_across_the_contract_fields():
    by_language: dict[str, list] = {}
    for path in LANGUAGES:  # lang_de.jsonl, then later batches lang_de_2.jsonl, ...
        by_language.setdefault(path.stem.split("_")[1], []).extend(load(path))
    assert set(by_language) == {"de", "fr", "es", "pt", "it", "nl"}
    for code, examples in by_language.items():
        assert len(examples) >= 65, code
        assert {e["lang"] for e in examples} == {code}
        fields = {e.get("field") or "free_text" for e in examples}
        assert fields >= {"budget", "authority", "need", "timing", "company_size", "industry", "location", "tech_stack", "free_text"}, code


@pytest.mark.parametrize("path", LANGUAGES, ids=lambda p: p.stem)
def test_each_language_is_understood_when_the_bot_passes_it(path):
    """The bot knows the conversation's language and passes it as the hint."""
    result = _score_in(path, hinted=True)
    assert result.accuracy >= 0.95, [(e["text"], e["expect"], o) for e, o in result.failures]
    assert len(result.invented) <= 1, result.invented


def test_the_other_languages_are_understood_when_the_language_is_detected():
    """No hint: the extractor detects the language; short answers fall back to English."""
    results = [_score_in(path, hinted=False) for path in LANGUAGES]
    right = sum(r.right for r in results)
    total = sum(r.total for r in results)
    assert right / total >= 0.88, [(e["text"], o) for r in results for e, o in r.failures]
