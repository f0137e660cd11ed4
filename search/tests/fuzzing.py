"""Generated query values for the property-based tests of the search pages
(search/tests/test_fuzz.py) and of the whole site (tests/test_fuzz_inputs.py)."""

from hypothesis import strategies as st

PARAMETERS = [
    "q",
    "theme",
    "subtheme",
    "type",
    "union",
    "country",
    "sector",
    "level",
    "wording",
    "year_from",
    "year_to",
    "language",
    "sort",
    "page",
    "page_size",
    # The clauses chosen for comparison, kept by the database view (clauses/compare.py).
    "c",
    "unknown",
]
INTERESTING = [
    "",
    "1",
    "-1",
    "0",
    "abc",
    "99999",
    "2020",
    "1e3",
    "FR",
    "ZZ",
    "CFDT",
    "gps",
    "all",
    "fr",
    "relevance",
    "year",
    "national",
    "summary",
    "<script>",
    "DBH-9001",
    "données",
    "данных",
    "بيانات",
    '"',
    "*",
    "\\",
    "title:(GPS OR",
    "NOT AND",
    "{title body} : x",
    "GPS\x00",
    "\x01\x02",
    "GPS ТРЕКИНГ données",
]
values = st.one_of(
    st.sampled_from(INTERESTING),
    st.text(max_size=60),
    st.integers(-(10**12), 10**12).map(str),
    # Long values, up to 10,000 characters, of words, scripts and syntax characters.
    st.builds(
        lambda piece, n: piece * n,
        st.sampled_from(["a", "é ", "данные ", "(", '"', "GPS* ", "\x01"]),
        st.integers(0, 10_000),
    ),
)
# The clauses a reader picks to compare (`c`, repeated): the fixed hub's published clauses, its
# draft, duplicates and anything else.
IDENTIFIERS = ["DBH-9001", "DBH-9002", "DBH-9003", "DBH-9004", "DBH-9099"]
identifiers = st.one_of(st.sampled_from(IDENTIFIERS), values)
chosen_clauses = st.lists(identifiers, max_size=7)
