//! Behaviour of the sentence splitter on news-style text.

use dyad_segment::{sentence_iter, sentences};

fn split(text: &str) -> Vec<&str> {
    sentences(text).iter().map(|s| s.slice(text)).collect()
}

#[track_caller]
fn assert_one(text: &str) {
    assert_eq!(split(text), vec![text.trim()]);
}

#[test]
fn saint_and_us_envoy() {
    assert_one("Fidan met Lavrov in St. Petersburg on Monday.");
    assert_eq!(
        split("The U.S. envoy arrived. He left."),
        ["The U.S. envoy arrived.", "He left."]
    );
}

#[test]
fn titles_and_ranks_do_not_split() {
    for text in [
        "Lt. Col. Smith and Col. Jones met Maj. Brown and Sgt. Green.",
        "Capt. Ahmed spoke to Adm. Lee and Gen. Milley.",
        "Mr. Smith, Mrs. Smith, Ms. Jones and Dr. Khan arrived.",
        "Prof. Ali, Sen. Cruz, Rep. Omar and Gov. Abbott spoke.",
        "Pres. Macron, Amb. Rice and Rev. Sharpton attended.",
        "They climbed Mt. Everest near Ft. Bragg.",
        "Russia vs. Ukraine was on the agenda.",
        "The U.N. and the U.K. and the E.U. agreed.",
        "Apple Inc. Chief Executive Tim Cook met Ford Motor Co. staff.",
        "Martin Luther King Jr. Day and Smith Sr. Street were renamed.",
        "Acme Corp. Chairman and Widget Ltd. Director resigned.",
    ] {
        assert_one(text);
    }
}

#[test]
fn months_continue_before_numbers_and_lowercase() {
    assert_one("The talks on Jan. 5 and Feb. 12 failed.");
    assert_one("Aug. 3, Sept. 9, Oct. 10, Nov. 11 and Dec. 25 are dates.");
    assert_one("It happened in late Dec. and early Jan. this year.");
    assert_eq!(
        split("The deadline was set for Dec. Negotiators disagreed."),
        ["The deadline was set for Dec.", "Negotiators disagreed."]
    );
}

#[test]
fn numbered_and_listing_abbreviations() {
    assert_one("He was ranked No. 5 in the world.");
    assert_eq!(split("He said no. The end."), ["He said no.", "The end."]);
    assert_one("Tanks, trucks, etc. were destroyed.");
    assert_eq!(
        split("They seized tanks, trucks, etc. Russia denied it."),
        ["They seized tanks, trucks, etc.", "Russia denied it."]
    );
}

#[test]
fn abbreviation_before_sentence_start_splits() {
    assert_eq!(
        split("The meeting ended at 5 p.m. The leaders left."),
        ["The meeting ended at 5 p.m.", "The leaders left."]
    );
    assert_eq!(
        split("He moved to the U.S. He liked it."),
        ["He moved to the U.S.", "He liked it."]
    );
    assert_one("The U.S. Ambassador met them at 5 p.m. on Friday.");
    assert_eq!(
        split("He works for Apple Inc. But he is leaving."),
        ["He works for Apple Inc.", "But he is leaving."]
    );
}

#[test]
fn initials_never_split() {
    assert_one("John F. Kennedy was shot.");
    assert_one("J.R.R. Tolkien wrote it.");
    assert_one("A. B. Smith and C. D. Jones signed.");
}

#[test]
fn a_letter_after_a_lowercase_word_is_a_name_and_ends_the_sentence() {
    let text = "The ban covered TikTok, YouTube and X. Police fired tear gas.";
    assert_eq!(sentences(text).len(), 2, "{text}");
    let text = "He posted on X. Police said nothing.";
    assert_eq!(sentences(text).len(), 2, "{text}");
    assert_one("The report was written by J. Smith and revised.");
    assert_one("The plan was drafted by J. Smith.");
}

#[test]
fn numbers_never_split() {
    assert_one("About 3,000 people, or 2.5 percent, fled.");
    assert_one("The deal is worth $4.2bn, or 1.5 million jobs, at 10:30 on 2026-04-27.");
}

#[test]
fn quotation_running_into_attribution_is_one_sentence() {
    assert_one(r#""We will not retreat. We will win," he said."#);
    assert_one("“We will not retreat. We will win,” he said.");
    assert_one(r#""Will they stop? We doubt it!" she asked."#);
    assert_one(r#""Stop!" he shouted."#);
}

#[test]
fn closing_quote_stays_with_its_sentence() {
    assert_eq!(
        split(r#"He said "no." Then he left."#),
        [r#"He said "no.""#, "Then he left."]
    );
    assert_eq!(split("He said “no.” Then he left."), ["He said “no.”", "Then he left."]);
    assert_eq!(
        split("It ended (finally.) Then silence."),
        ["It ended (finally.)", "Then silence."]
    );
}

#[test]
fn quotation_without_attribution_splits_normally() {
    assert_eq!(
        split(r#""We will fight. We will win." The crowd cheered."#),
        [r#""We will fight."#, r#"We will win.""#, "The crowd cheered."]
    );
}

#[test]
fn ellipses() {
    assert_one("He paused... and then went on.");
    assert_one("He paused… and then went on.");
    assert_eq!(
        split("He paused... Then he went on."),
        ["He paused...", "Then he went on."]
    );
    assert_eq!(split("He paused… Then left."), ["He paused…", "Then left."]);
}

#[test]
fn question_and_exclamation_marks_end_sentences() {
    assert_eq!(split("Is it over? Yes. It is!"), ["Is it over?", "Yes.", "It is!"]);
    assert_eq!(split("What?! No way."), ["What?!", "No way."]);
}

#[test]
fn paragraph_breaks_end_sentences() {
    let text =
        "Turkey and Russia agree on ceasefire\n\nANKARA (Reuters) - Turkey agreed on Monday.\n  \nIt was signed.";
    assert_eq!(
        split(text),
        [
            "Turkey and Russia agree on ceasefire",
            "ANKARA (Reuters) - Turkey agreed on Monday.",
            "It was signed."
        ]
    );
    assert_eq!(split("Headline\r\n\r\nBody text."), ["Headline", "Body text."]);
}

#[test]
fn single_newlines_are_whitespace() {
    assert_one("The minister said the\ntalks would resume\non Tuesday.");
}

#[test]
fn paragraph_break_closes_an_unfinished_quote() {
    assert_eq!(
        split("\"We will fight. We will win.\n\nThe crowd cheered, he said."),
        ["\"We will fight.", "We will win.", "The crowd cheered, he said."]
    );
}

#[test]
fn no_split_without_following_space() {
    assert_one("See example.com/news.html for the U.S.-led plan.");
}

#[test]
fn trailing_whitespace_and_empty_input() {
    assert_eq!(split("  One.  Two.  "), ["One.", "Two."]);
    assert!(sentences("").is_empty());
    assert!(sentences(" \n\n\t ").is_empty());
}

#[test]
fn iterator_matches_vec() {
    let text = "One. Two! Three?\n\nFour";
    assert_eq!(sentence_iter(text).collect::<Vec<_>>(), sentences(text));
    assert_eq!(sentence_iter(text).count(), 4);
}

#[test]
fn comma_outside_the_closing_mark_also_continues() {
    assert_one(r#""Estamos cansados. El gobierno no nos escucha", dijo un conductor."#);
    assert_one("« Nous ne sommes pas contre. Nous sommes contre », a déclaré un éleveur.");
}

#[test]
fn guillemets_close_like_quotes() {
    assert_eq!(
        split("Il a dit « non. » Puis il est parti."),
        ["Il a dit « non. »", "Puis il est parti."]
    );
}

#[test]
fn a_section_head_in_capitals_on_its_own_line_is_its_own_sentence() {
    assert_eq!(
        split("EUROPE AND BEYOND\nGermany and Italy suspended payments. Austria followed."),
        [
            "EUROPE AND BEYOND",
            "Germany and Italy suspended payments.",
            "Austria followed."
        ]
    );
    // A line broken inside a sentence stays one sentence.
    assert_one("Germany and Italy suspended\npayments on Saturday.");
}
