//! A short, stable content fingerprint for file names and cache versions.
//! Not for security: it only has to change when the bytes change.

/// 64-bit FNV-1a of `bytes`, as 16 lowercase hex digits.
pub fn fingerprint(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Whether a file name carries a content hash, like trunk's
/// `main-eed4a4aefdffa75e.css` or our `boot-0123456789abcdef.js`: such files
/// never change, so hosts may cache them for a year. trunk writes its 64-bit
/// hash without leading zeros, so it can be shorter than 16 digits.
pub fn is_fingerprinted(file_name: &str) -> bool {
    let Some((stem, _ext)) = file_name.rsplit_once('.') else {
        return false;
    };
    // wasm-bindgen names the wasm `<name>-<hash>_bg.wasm`.
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    match stem.rsplit_once('-') {
        Some((name, hash)) => {
            !name.is_empty()
                && (10..=16).contains(&hash.len())
                && hash
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        }
        None => false,
    }
}
