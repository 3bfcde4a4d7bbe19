#!/usr/bin/env python3
"""Writes the deduplication cluster set: articles.jsonl and gold.jsonl (see README.md).

Invented news: several outlets report the same real-world events in their own words, published
on the day or the day after; near-misses (the same dyad on another day, another dyad on the same
day, the same dyad and day with another kind of event) are separate events. Deterministic:
re-running writes the same files.
"""
import datetime
import json
import random
from pathlib import Path

OUTLETS = ["Meridian News", "The Harbour Times", "Wire One", "Daily Ledger", "Global Courier", "Evening Post"]

# cluster id, event date, gold (source prefix, target prefix, CAMEO root), phrasings ({day} = weekday)
CLUSTERS = [
    ("fra-deu-meeting-0302", "2026-03-02", ("FRA", "DEU", "04"), [
        "French President Emmanuel Macron met German Chancellor Friedrich Merz in Berlin on {day} to discuss European defence.",
        "Emmanuel Macron met Friedrich Merz in Berlin on {day} for talks on energy prices.",
        "The French president met the German chancellor in Berlin on {day}.",
        "Macron met Merz in Berlin on {day}, their first meeting since the election.",
    ]),
    ("fra-deu-meeting-0309", "2026-03-09", ("FRA", "DEU", "04"), [
        "French President Emmanuel Macron met German Chancellor Friedrich Merz again in Paris on {day}.",
        "Macron met Merz in Paris on {day}, a week after their talks in Berlin.",
        "Emmanuel Macron met Friedrich Merz in Paris on {day} to prepare the summit.",
    ]),
    ("fra-ita-meeting-0302", "2026-03-02", ("FRA", "ITA", "04"), [
        "French President Emmanuel Macron met Italian Prime Minister Giorgia Meloni in Berlin on {day}.",
        "Macron also met Meloni on the sidelines in Berlin on {day}.",
        "Emmanuel Macron met Giorgia Meloni in Berlin on {day} to discuss migration.",
    ]),
    ("irn-isr-accuse-0303", "2026-03-03", ("IRN", "ISR", "11"), [
        "Iran accused Israel on {day} of sabotaging its nuclear facilities.",
        "Tehran accused Israel on {day} of attacking a nuclear site near Natanz.",
        "Iranian Foreign Minister Abbas Araghchi accused Israel of sabotage on {day}.",
        "Iran's government accused Israel on {day} of a cyber attack on its nuclear programme.",
    ]),
    ("irn-isr-accuse-0306", "2026-03-06", ("IRN", "ISR", "11"), [
        "Iran again accused Israel on {day} of sabotage, this time at a port in the south.",
        "Tehran accused Israel on {day} of a new attack on its shipping.",
        "Iranian Foreign Minister Abbas Araghchi accused Israel on {day} of attacking an Iranian tanker.",
    ]),
    ("irn-usa-accuse-0303", "2026-03-03", ("IRN", "USA", "11"), [
        "Iran accused the United States on {day} of backing the sabotage.",
        "Tehran accused Washington on {day} of helping Israel.",
        "Iranian Foreign Minister Abbas Araghchi accused the United States on {day} of complicity.",
    ]),
    ("rus-ukr-assault-0304", "2026-03-04", ("RUS", "UKR", "19"), [
        "Russian forces shelled the Ukrainian city of Kharkiv on {day}, killing five people.",
        "Russia launched a missile attack on Ukraine on {day}, hitting Kharkiv.",
        "Russian troops attacked Ukrainian positions near Kharkiv on {day}.",
        "Russian forces shelled Kharkiv on {day}, Ukrainian officials said.",
        "Russia attacked Ukraine with missiles and drones on {day}.",
    ]),
    ("rus-ukr-assault-0311", "2026-03-11", ("RUS", "UKR", "19"), [
        "Russian forces shelled the Ukrainian port of Odesa on {day}.",
        "Russia launched a drone attack on Ukraine on {day}, hitting Odesa.",
        "Russian troops attacked Ukrainian positions near Odesa on {day}.",
    ]),
    ("eu-rus-sanction-0302", "2026-03-02", ("IGOEUR", "RUS", "16"), [
        "The European Union imposed new sanctions on Russia on {day}.",
        "EU foreign ministers approved new sanctions against Russia on {day}.",
        "Brussels imposed fresh sanctions on Moscow on {day}.",
        "The European Union imposed sanctions on Russia's shadow fleet on {day}.",
    ]),
    ("usa-ven-sanction-0302", "2026-03-02", ("USA", "VEN", "16"), [
        "The United States imposed sanctions on Venezuela on {day}.",
        "Washington imposed new sanctions on Caracas on {day}.",
        "The United States imposed sanctions on Venezuela's oil ministry on {day}.",
    ]),
    ("chn-jpn-criticize-0305", "2026-03-05", ("CHN", "JPN", "11"), [
        "China condemned Japan on {day} over the visit to the shrine.",
        "Beijing criticised Tokyo on {day} for the shrine visit.",
        "China condemned Japan's prime minister on {day} for visiting the shrine.",
        "Beijing condemned Tokyo on {day}, calling the visit a provocation.",
    ]),
    # A hard near-miss: the same dyad and kind the next day. Dated by publication only, the two
    # days cannot be told apart (the event of an article may be the previous day's); once dates
    # are resolved from the text ("on Friday") they are.
    ("chn-jpn-criticize-0306", "2026-03-06", ("CHN", "JPN", "11"), [
        "China condemned Japan on {day} over its new defence budget.",
        "Beijing criticised Tokyo on {day} for raising military spending.",
    ]),
    ("chn-jpn-threaten-0305", "2026-03-05", ("CHN", "JPN", "13"), [
        "China threatened Japan with countermeasures on {day}.",
        "Beijing threatened Tokyo with retaliation on {day}.",
        "China threatened Japan on {day} with unspecified measures.",
    ]),
    ("prk-kor-threaten-0310", "2026-03-10", ("PRK", "KOR", "13"), [
        "North Korea threatened South Korea with retaliation on {day}.",
        "Pyongyang threatened Seoul on {day} after the military drills.",
        "North Korea threatened South Korea on {day} over the joint exercises.",
        "Pyongyang threatened Seoul with a strong response on {day}.",
    ]),
    ("pol-ukr-meeting-0312", "2026-03-12", ("POL", "UKR", "04"), [
        "Polish Prime Minister Donald Tusk met Ukrainian President Volodymyr Zelensky in Warsaw on {day}.",
        "Donald Tusk met Volodymyr Zelensky in Warsaw on {day}.",
        "Tusk met Zelensky in Warsaw on {day} to discuss grain exports.",
        "The Polish prime minister met the Ukrainian president in Warsaw on {day}.",
    ]),
    ("ken-protest-0306", "2026-03-06", ("KEN", "KEN", "14"), [
        "Thousands of people protested against the Kenyan government in Nairobi on {day}.",
        "Thousands of Kenyans protested against the government in Nairobi on {day}.",
        "Thousands of people protested against the Kenyan government in Nairobi and Mombasa on {day}.",
    ]),
    ("pak-afg-assault-0307", "2026-03-07", ("PAK", "AFG", "19"), [
        "Pakistani forces shelled Afghan border posts on {day}.",
        "Pakistani troops shelled Afghan border posts near Torkham on {day}.",
        "Pakistani forces attacked Afghan border posts on {day}, officials said.",
    ]),
    ("pak-afg-accuse-0307", "2026-03-07", ("PAK", "AFG", "11"), [
        "Pakistan accused Afghanistan on {day} of harbouring militants.",
        "Islamabad accused Afghanistan on {day} of sheltering the attackers.",
        "Pakistan accused Afghanistan on {day} of failing to stop the militants.",
    ]),
    ("idn-bra-praise-0303", "2026-03-03", ("IDN", "BRA", "05"), [
        "Indonesian President Prabowo Subianto praised Brazil on {day} for its friendship.",
        "Prabowo praised Brazil on {day} for its steady friendship.",
        "Indonesia praised Brazil on {day} for its support.",
    ]),
    ("chn-ind-meeting-0303", "2026-03-03", ("CHN", "IND", "04"), [
        "Chinese Foreign Minister Wang Yi met Indian External Affairs Minister S. Jaishankar in New Delhi on {day}.",
        "Wang Yi held talks with Jaishankar in New Delhi on {day}.",
        "Wang Yi met Jaishankar in New Delhi on {day} to discuss border trade.",
        "China's foreign minister met India's foreign minister in New Delhi on {day}.",
    ]),
]

# Background sentences some articles add: a second event of another cluster, in passing.
ASIDES = {
    "fra-deu-meeting-0302": "eu-rus-sanction-0302",
    "irn-usa-accuse-0303": "irn-isr-accuse-0303",
    "pak-afg-assault-0307": "pak-afg-accuse-0307",
    "chn-jpn-threaten-0305": "chn-jpn-criticize-0305",
}

FILLER = [
    "Officials gave no further details.",
    "The talks were expected to continue later this week.",
    "Markets were little changed after the news.",
    "Analysts said the move had been expected for some time.",
]


def weekday(date):
    return datetime.date.fromisoformat(date).strftime("%A")


def main():
    here = Path(__file__).parent
    rng = random.Random(6)
    by_id = {c[0]: c for c in CLUSTERS}
    articles, gold = [], []
    for cid, date, (src, tgt, root), phrasings in CLUSTERS:
        day = weekday(date)
        for k, phrasing in enumerate(phrasings):
            aid = f"{cid}-{k + 1}"
            published = (datetime.date.fromisoformat(date) + datetime.timedelta(days=k % 2)).isoformat()
            sentences = [phrasing.format(day=day)]
            events = [{"source": src, "target": tgt, "root": root, "cluster": cid}]
            aside = ASIDES.get(cid)
            if aside and k == 0:
                _, adate, (asrc, atgt, aroot), aphr = by_id[aside]
                sentences.append("Separately, " + aphr[-1].format(day=weekday(adate)).replace("The ", "the ", 1))
                events.append({"source": asrc, "target": atgt, "root": aroot, "cluster": aside})
            sentences.append(FILLER[(len(articles)) % len(FILLER)])
            outlet = OUTLETS[(k + len(cid)) % len(OUTLETS)]
            articles.append({"id": aid, "source": outlet, "published": published,
                             "url": f"https://{outlet.lower().replace(' ', '-')}.example/{aid}",
                             "text": " ".join(sentences)})
            gold.append({"id": aid, "events": events})
    rng.shuffle(articles)
    with open(here / "articles.jsonl", "w") as f:
        for a in articles:
            f.write(json.dumps(a) + "\n")
    with open(here / "gold.jsonl", "w") as f:
        for g in sorted(gold, key=lambda g: g["id"]):
            f.write(json.dumps(g) + "\n")


if __name__ == "__main__":
    main()
