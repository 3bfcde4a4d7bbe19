//! The coder's one hasher, for its word tables and per-sentence word sets.
//!
//! Keys are dictionary words and sentence tokens: short, and not chosen by an attacker to
//! flood a table, so SipHash's protection buys nothing — and it was a third of coding time in
//! profiles. This multiplicative hash reads whole words without copying bytes.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A small multiplicative hasher (FxHash-like, with a final rotation so that the bucket index
/// sees the high, well-mixed bits). Words are short and trusted, so resistance to hash flooding is not needed.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

const SEED: u64 = 0xf135_7aea_2e62_a9c5;

impl WordHasher {
    #[inline]
    fn add(&mut self, v: u64) {
        self.0 = (self.0 ^ v).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    /// Reads whole words only, overlapping at the end, so that no byte is copied: a word of 4 to
    /// 8 bytes is two 4-byte reads, a longer one 8-byte reads and the last 8 bytes.
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        let len = (n as u64) << 56;
        if n >= 8 {
            let mut rest = bytes;
            while rest.len() > 8 {
                self.add(read8(rest, 0));
                rest = &rest[8..];
            }
            self.add(read8(bytes, n - 8) ^ len);
        } else if n >= 4 {
            self.add((read4(bytes, 0) << 32 | read4(bytes, n - 4)) ^ len);
        } else if n > 0 {
            let v = u64::from(bytes[0]) << 16 | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]);
            self.add(v ^ len);
        } else {
            self.add(len);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

#[inline]
fn read8(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

#[inline]
fn read4(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&bytes[at..at + 4]);
    u64::from(u32::from_le_bytes(word))
}

pub(crate) type WordBuild = BuildHasherDefault<WordHasher>;
pub(crate) type WordMap<K, V> = HashMap<K, V, WordBuild>;
pub(crate) type WordSet<T> = HashSet<T, WordBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_hash_equal_and_sets_work() {
        let mut set: WordSet<&str> = WordSet::default();
        set.insert("agreement");
        set.insert("agreements");
        assert!(set.contains("agreement") && set.contains("agreements") && !set.contains("agree"));
    }
}
