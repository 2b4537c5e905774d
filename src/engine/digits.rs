//! Whole numbers written in plain decimal digits, as the saved answers, dates and contract
//! integers write them.

/// The value of `text` if it is one or more ASCII digits (no sign, no spaces) and fits a `u32`;
/// `None` otherwise. By hand rather than `str::parse`: that also takes a leading `+`, and each
/// integer type it is used for adds its own copy to the first load's WebAssembly.
pub fn decimal(text: &str) -> Option<u32> {
    if text.is_empty() {
        return None;
    }
    text.bytes().try_fold(0u32, |value, byte| {
        let digit = char::from(byte).to_digit(10)?;
        value.checked_mul(10)?.checked_add(digit)
    })
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn reads_what_parse_reads_from_digits_alone() {
        for text in ["0", "7", "007", "10", "3650", "65535", "65536", "4294967295", "4294967296", "99999999999999999999"] {
            assert_eq!(decimal(text), text.parse::<u32>().ok(), "{text}");
        }
        for text in ["", "+1", "-1", " 1", "1 ", "1.0", "1e3", "１", "0x10", "٣"] {
            assert_eq!(decimal(text), None, "{text}");
        }
        for value in (0..=70_000u32).chain([u32::MAX - 1, u32::MAX]) {
            assert_eq!(decimal(&value.to_string()), Some(value));
        }
    }
}
