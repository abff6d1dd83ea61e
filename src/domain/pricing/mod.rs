//! What a piece costs and weighs, and how numbers, money and dates read in each language.

pub mod format;
pub mod price;
pub mod weight;
