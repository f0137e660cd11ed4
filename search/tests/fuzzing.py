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
    "year_from",
    "year_to",
    "language",
    "sort",
    "page",
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
