"""Per-field versions: the sparse encoding, local edit chains and the symmetric merge decision."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from soul_desktop.domain import canonical
from soul_desktop.domain.versions import (
    NO_BASE,
    FieldVersion,
    Outcome,
    RowMerge,
    decide,
    decode,
    encode,
    expand,
    merge_row,
    next_base,
    record_local_edit,
    stamp_edit,
)

A, B, C = "aaaa-installation", "bbbb-installation", "cccc-installation"
FIELDS = ("name", "city", "deleted")


# --- encoding -------------------------------------------------------------------------------


def test_all_fields_at_the_row_version_encode_as_nothing() -> None:
    versions = {name: FieldVersion(10, A) for name in FIELDS}
    assert encode(versions, 10, A) is None
    assert decode(None) == {} and decode("") == {}


def test_only_differing_fields_are_written_compactly_and_sorted() -> None:
    versions = {
        "name": FieldVersion(20, B, 10),
        "city": FieldVersion(10, A),
        "deleted": FieldVersion(20, B, 10),
    }
    text = encode(versions, 20, B)
    assert text == f'{{"city":[10,"{A}",0],"deleted":[20,"{B}",10],"name":[20,"{B}",10]}}'
    assert expand(decode(text), FIELDS, 20, B) == versions


def test_expand_fills_unmentioned_fields_with_the_row_version() -> None:
    sparse = {"city": FieldVersion(5, C, 1)}
    assert expand(sparse, FIELDS, 9, A) == {
        "name": FieldVersion(9, A, NO_BASE),
        "city": FieldVersion(5, C, 1),
        "deleted": FieldVersion(9, A, NO_BASE),
    }


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"name": [1, "a"]}',
        '{"name": ["1", "a", 0]}',
        '{"name": [1, 2, 0]}',
        '{"name": [1, "a", true]}',
        '{"name": [-1, "a", 0]}',
        '{"name": {"hlc": 1}}',
    ],
)
def test_decode_refuses_anything_else(text: str) -> None:
    with pytest.raises(ValueError, match="field_versions"):
        decode(text)


versions_st = st.builds(
    FieldVersion,
    hlc=st.integers(0, 2**63 - 1),
    author=st.sampled_from([A, B, C]),
    base=st.integers(0, 2**63 - 1),
)


@given(
    st.dictionaries(st.sampled_from(FIELDS), versions_st),
    st.integers(0, 2**40),
    st.sampled_from([A, B]),
)
def test_encoding_round_trips(
    sparse: dict[str, FieldVersion], row_hlc: int, row_author: str
) -> None:
    full = expand(sparse, FIELDS, row_hlc, row_author)
    text = encode(full, row_hlc, row_author)
    assert expand(decode(text), FIELDS, row_hlc, row_author) == full
    if text is not None:
        assert text == json.dumps(json.loads(text), separators=(",", ":"), sort_keys=True)


# --- local edits ----------------------------------------------------------------------------


def test_editing_someone_elses_version_starts_a_chain_from_it() -> None:
    assert next_base(FieldVersion(10, A, 3), B) == 10


def test_editing_ones_own_version_keeps_its_base() -> None:
    assert next_base(FieldVersion(10, A, 3), A) == 3


def test_edit_of_one_field_leaves_the_others_at_the_old_version() -> None:
    inserted = expand({}, FIELDS, 10, A)
    after = record_local_edit(inserted, ["city"], 20, B)
    assert after["city"] == FieldVersion(20, B, 10)
    assert after["name"] == after["deleted"] == FieldVersion(10, A, NO_BASE)
    assert decode(encode(after, 20, B)) == {
        "city": FieldVersion(20, B, 10),
        "name": FieldVersion(10, A, NO_BASE),
        "deleted": FieldVersion(10, A, NO_BASE),
    }


def test_repeated_local_edits_keep_their_base() -> None:
    versions = expand({}, FIELDS, 10, A)
    for hlc in (20, 30, 40):
        versions = record_local_edit(versions, ["city"], hlc, B)
        assert versions["city"] == FieldVersion(hlc, B, 10)


def test_editing_every_field_by_the_inserter_stores_nothing() -> None:
    text = stamp_edit(None, FIELDS, ["name"], 10, A, 20, A)
    text = stamp_edit(text, FIELDS, FIELDS, 20, A, 30, A)
    assert text is None


def test_a_tombstone_is_a_field_change_like_any_other() -> None:
    text = stamp_edit(None, FIELDS, ["deleted"], 10, A, 20, B)
    assert expand(decode(text), FIELDS, 20, B)["deleted"] == FieldVersion(20, B, 10)


# --- merge decision -------------------------------------------------------------------------


def test_equal_versions_and_values_are_equal() -> None:
    version = FieldVersion(10, A)
    decision = decide(version, "x", version, "x")
    assert decision.outcome is Outcome.EQUAL and not decision.take_incoming


def test_an_edit_based_on_the_local_version_fast_forwards() -> None:
    local = FieldVersion(10, A)
    incoming = FieldVersion(20, B, 10)
    decision = decide(local, "old", incoming, "new")
    assert decision.outcome is Outcome.FAST_FORWARD and decision.take_incoming
    assert not decision.needs_review


def test_a_version_the_local_chain_began_from_is_older() -> None:
    local = FieldVersion(20, B, 10)
    incoming = FieldVersion(10, A)
    decision = decide(local, "new", incoming, "old")
    assert decision.outcome is Outcome.OLDER and not decision.take_incoming


def test_a_version_older_than_the_local_base_is_older() -> None:
    decision = decide(FieldVersion(30, B, 20), "new", FieldVersion(5, C), "ancient")
    assert decision.outcome is Outcome.OLDER


def test_several_local_edits_between_exports_fast_forward_at_the_receiver() -> None:
    # The receiver holds A's insert; B edited the field three times before exporting.
    versions = expand({}, FIELDS, 10, A)
    for hlc in (20, 30, 40):
        versions = record_local_edit(versions, ["name"], hlc, B)
    decision = decide(FieldVersion(10, A), "x", versions["name"], "z")
    assert decision.outcome is Outcome.FAST_FORWARD


def test_the_same_authors_later_version_wins_without_review() -> None:
    # The receiver got B's first edit with an earlier bundle, then B's later one.
    first, later = FieldVersion(20, B, 10), FieldVersion(40, B, 10)
    assert decide(first, "y", later, "z").outcome is Outcome.FAST_FORWARD
    assert decide(later, "z", first, "y").outcome is Outcome.OLDER


def test_fast_forward_chain_across_installations() -> None:
    a = FieldVersion(10, A)
    b = FieldVersion(20, B, next_base(a, B))
    c = FieldVersion(30, C, next_base(b, C))
    assert decide(a, 1, b, 2).outcome is Outcome.FAST_FORWARD
    assert decide(b, 2, c, 3).outcome is Outcome.FAST_FORWARD
    assert decide(a, 1, c, 3).outcome is Outcome.FAST_FORWARD  # c began after a
    assert decide(c, 3, a, 1).outcome is Outcome.OLDER


def test_concurrent_edits_conflict_and_the_higher_clock_wins() -> None:
    base = 10
    local = FieldVersion(30, A, base)
    incoming = FieldVersion(20, B, base)
    decision = decide(local, "Umeå", incoming, "Luleå")
    assert decision.outcome is Outcome.CONFLICT and decision.needs_review
    assert not decision.take_incoming


def test_a_clock_tie_is_broken_by_the_author() -> None:
    decision = decide(FieldVersion(20, A, 10), "x", FieldVersion(20, B, 10), "y")
    assert decision.outcome is Outcome.CONFLICT and decision.take_incoming


def test_concurrent_edits_to_the_same_value_converge_without_review() -> None:
    decision = decide(FieldVersion(20, A, 10), "Umeå", FieldVersion(30, B, 10), "Umeå")
    assert decision.outcome is Outcome.CONVERGED and decision.take_incoming
    assert not decision.needs_review


def test_one_version_with_two_values_is_a_conflict_decided_by_value() -> None:
    version = FieldVersion(20, A, 10)
    assert decide(version, "a", version, "b").take_incoming
    assert not decide(version, "b", version, "a").take_incoming
    assert decide(version, "a", version, "b").needs_review


def test_values_compare_canonically() -> None:
    version = FieldVersion(20, A, 10)
    decision = decide(version, Decimal("1.50"), version, Decimal("1.5"))
    assert decision.outcome is Outcome.EQUAL


values_st = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 5), st.sampled_from(["Umeå", "Luleå", ""])
)
small_versions_st = st.builds(
    FieldVersion,
    hlc=st.integers(1, 6),
    author=st.sampled_from([A, B, C]),
    base=st.integers(0, 5),
).filter(lambda v: v.base < v.hlc)


def _kept(local: FieldVersion, lv: object, incoming: FieldVersion, iv: object) -> tuple:
    decision = decide(local, lv, incoming, iv)
    version, value = (incoming, iv) if decision.take_incoming else (local, lv)
    return version, canonical.dumps(value), decision.outcome


MIRROR = {
    Outcome.EQUAL: Outcome.EQUAL,
    Outcome.FAST_FORWARD: Outcome.OLDER,
    Outcome.OLDER: Outcome.FAST_FORWARD,
    Outcome.CONVERGED: Outcome.CONVERGED,
    Outcome.CONFLICT: Outcome.CONFLICT,
}


@given(small_versions_st, values_st, small_versions_st, values_st)
def test_the_decision_is_symmetric(a: FieldVersion, x: object, b: FieldVersion, y: object) -> None:
    kept_ab = _kept(a, x, b, y)
    kept_ba = _kept(b, y, a, x)
    assert kept_ab[:2] == kept_ba[:2]
    assert MIRROR[kept_ab[2]] is kept_ba[2]


@given(small_versions_st, values_st, small_versions_st, values_st)
def test_a_conflict_keeps_the_higher_version(
    a: FieldVersion, x: object, b: FieldVersion, y: object
) -> None:
    decision = decide(a, x, b, y)
    if decision.outcome in (Outcome.CONFLICT, Outcome.CONVERGED) and a.key != b.key:
        assert decision.take_incoming == (b.key > a.key)
    if decision.outcome is Outcome.EQUAL:
        assert a == b


@given(
    st.lists(
        st.tuples(st.sampled_from([A, B, C]), st.sets(st.sampled_from(FIELDS), min_size=1)),
        min_size=1,
        max_size=12,
    )
)
def test_a_linear_history_always_fast_forwards(edits: list[tuple[str, set[str]]]) -> None:
    # Installations that each saw the previous state edit in turn: every step, and the whole
    # history at once, must reach a receiver that holds any earlier state without a conflict.
    states = [expand({}, FIELDS, 1, A)]
    for step, (author, changed) in enumerate(edits, start=2):
        states.append(record_local_edit(states[-1], changed, step, author))
    final = states[-1]
    for earlier in states[:-1]:
        for name in FIELDS:
            outcome = decide(earlier[name], None, final[name], None).outcome
            assert outcome in (Outcome.EQUAL, Outcome.FAST_FORWARD)
            back = decide(final[name], None, earlier[name], None).outcome
            assert back in (Outcome.EQUAL, Outcome.OLDER)


@given(
    st.lists(st.sets(st.sampled_from(FIELDS), min_size=1), min_size=1, max_size=8),
    st.sampled_from([A, B]),
)
def test_stamped_rows_store_only_what_differs(changes: list[set[str]], author: str) -> None:
    row_hlc, row_author, text = 1, A, None
    for step, changed in enumerate(changes, start=2):
        text = stamp_edit(text, FIELDS, changed, row_hlc, row_author, step, author)
        row_hlc, row_author = step, author
        sparse = decode(text)
        for name, version in sparse.items():
            assert version != FieldVersion(row_hlc, row_author, NO_BASE), name
        for name in changed:
            assert expand(sparse, FIELDS, row_hlc, row_author)[name].hlc == step


def test_canonical_values_have_one_spelling() -> None:
    assert canonical.dumps(Decimal("1.50")) == canonical.dumps(Decimal("1.5")) == '"1.5"'
    assert canonical.dumps(Decimal("-0.00")) == '"0"'
    assert canonical.dumps(Decimal("100")) == '"100"'
    assert canonical.dumps(dt.date(2026, 1, 2)) == '"2026-01-02"'
    aware = dt.datetime(2026, 1, 2, 13, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert canonical.dumps(aware) == canonical.dumps(dt.datetime(2026, 1, 2, 12, 0))
    assert canonical.dumps([True, None, 1, "å"]) == '[true,null,1,"å"]'
    with pytest.raises(TypeError):
        canonical.dumps(object())


# --- rows -----------------------------------------------------------------------------------


def test_edits_of_different_fields_both_survive() -> None:
    inserted = expand({}, FIELDS, 10, A)
    original = {"name": "Hallen", "city": "Umeå", "deleted": False}
    mine = record_local_edit(inserted, ["name"], 20, A)
    theirs = record_local_edit(inserted, ["city"], 30, B)
    merged = merge_row(
        {**original, "name": "Stora hallen"}, mine, {**original, "city": "Luleå"}, theirs
    )
    assert merged.values == {"name": "Stora hallen", "city": "Luleå", "deleted": False}
    assert merged.conflicts == () and merged.taken == {"city"}
    assert merged.row_version == FieldVersion(30, B, 10)


def test_the_same_field_on_two_sides_keeps_the_loser_for_review() -> None:
    inserted = expand({}, FIELDS, 10, A)
    original = {"name": "Hallen", "city": "Umeå", "deleted": False}
    mine = record_local_edit(inserted, ["city"], 20, C)
    theirs = record_local_edit(inserted, ["city"], 30, B)
    merged = merge_row({**original, "city": "Piteå"}, mine, {**original, "city": "Luleå"}, theirs)
    assert merged.values["city"] == "Luleå"
    (conflict,) = merged.conflicts
    assert (conflict.field, conflict.kept_value, conflict.lost_value) == ("city", "Luleå", "Piteå")
    assert conflict.lost_version == FieldVersion(20, C, 10)


def test_a_field_only_one_side_knows_is_kept() -> None:
    merged = merge_row(
        {"name": "x"},
        {"name": FieldVersion(1, A)},
        {"name": "x", "walk_in": True},
        {"name": FieldVersion(1, A), "walk_in": FieldVersion(1, A)},
    )
    assert merged.values == {"name": "x", "walk_in": True} and merged.taken == {"walk_in"}


field_state_st = st.tuples(small_versions_st, values_st)
row_st = st.fixed_dictionaries({name: field_state_st for name in FIELDS})


def _split(row: dict[str, tuple[FieldVersion, object]]) -> tuple[dict, dict]:
    return {k: v for k, (_ver, v) in row.items()}, {k: ver for k, (ver, _v) in row.items()}


def _content(merged: RowMerge) -> dict[str, tuple[FieldVersion, str]]:
    return {k: (merged.versions[k], canonical.dumps(v)) for k, v in merged.values.items()}


def _merge(left: RowMerge | tuple[dict, dict], right: tuple[dict, dict]) -> RowMerge:
    if isinstance(left, RowMerge):
        left = (left.values, left.versions)
    return merge_row(left[0], left[1], right[0], right[1])


@given(field_state_st, field_state_st)
def test_the_winner_is_the_greatest_in_one_total_order(
    a: tuple[FieldVersion, object], b: tuple[FieldVersion, object]
) -> None:
    decision = decide(a[0], a[1], b[0], b[1])
    kept = b if decision.take_incoming else a

    def order(s: tuple[FieldVersion, object]) -> tuple:
        return (s[0].hlc, s[0].author, s[0].base, canonical.dumps(s[1]))

    assert order(kept) == max(order(a), order(b))


@given(row_st, row_st, row_st)
def test_row_merges_are_order_independent_and_idempotent(r1: dict, r2: dict, r3: dict) -> None:
    a, b, c = _split(r1), _split(r2), _split(r3)
    ab = _merge(a, b)
    assert _content(ab) == _content(_merge(b, a))
    assert _content(_merge(ab, b)) == _content(ab)  # re-import changes nothing
    assert _merge(ab, b).taken == frozenset()
    abc = _content(_merge(ab, c))
    assert abc == _content(_merge(_merge(c, a), b))
    assert abc == _content(_merge(_merge(b, c), a))


def test_an_edit_after_a_delete_by_another_installation_is_flagged() -> None:
    inserted = expand({}, FIELDS, 10, A)
    original = {"name": "Hallen", "city": "Umeå", "deleted": False}
    deleted_here = record_local_edit(inserted, ["deleted"], 20, A)
    edited_there = record_local_edit(inserted, ["city"], 30, B)
    merged = merge_row(
        {**original, "deleted": True}, deleted_here, {**original, "city": "Luleå"}, edited_there
    )
    assert merged.values == {"name": "Hallen", "city": "Luleå", "deleted": True}
    assert merged.edited_after_delete == ("city",)
    assert merged.conflicts == ()


def test_an_edit_before_the_delete_is_not_flagged() -> None:
    inserted = expand({}, FIELDS, 10, A)
    original = {"name": "Hallen", "city": "Umeå", "deleted": False}
    edited_there = record_local_edit(inserted, ["city"], 15, B)
    deleted_here = record_local_edit(inserted, ["deleted"], 20, A)
    merged = merge_row(
        {**original, "deleted": True}, deleted_here, {**original, "city": "Luleå"}, edited_there
    )
    assert merged.values["deleted"] is True and merged.edited_after_delete == ()
