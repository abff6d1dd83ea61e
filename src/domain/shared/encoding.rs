//! Percent-encoding: the one encoder for app links, `wa.me` and `mailto:` texts.

/// RFC 3986 unreserved characters pass; everything else, in UTF-8, is %-encoded.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
