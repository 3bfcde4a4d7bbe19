//! Coarse parts of speech for English news words (placeholder, being written).
