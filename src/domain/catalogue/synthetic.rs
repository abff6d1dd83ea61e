//! A large synthetic catalogue for benchmarks only: the shipped catalogue's workshops, motifs and
//! settings with `n` designs made by recombining real parameters. Never shown to users.

use crate::domain::catalogue::model::*;

/// xorshift: deterministic, so that benchmark runs compare like with like.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const ADJECTIVES: [(&str, &str); 12] = [
    ("Klasik", "Classic"),
    ("Mungil", "Petite"),
    ("Agung", "Grand"),
    ("Halus", "Fine"),
    ("Kuno", "Antique"),
    ("Modern", "Modern"),
    ("Ganda", "Double"),
    ("Bulan", "Moon"),
    ("Pagi", "Morning"),
    ("Senja", "Dusk"),
    ("Keraton", "Palace"),
    ("Pesisir", "Coastal"),
];

/// `base` with its designs replaced by `n` synthetic ones.
pub fn synthetic_catalogue(base: &Catalogue, n: usize) -> Catalogue {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut designs = Vec::with_capacity(n);
    for i in 0..n {
        let template = rng.pick(&base.designs).clone();
        let motif = rng.pick(&base.motifs);
        let workshop = rng.pick(&base.workshops);
        let (adj_id, adj_en) = *rng.pick(&ADJECTIVES);
        let scale = 0.8 + rng.unit() * 0.4;
        let mut d = template;
        d.id = format!("syn-{i}");
        d.name = Localized::new(
            format!(
                "{} {} {adj_id} {i}",
                d.name.id.split(' ').next().unwrap_or("Perak"),
                motif.name.id
            ),
            format!("{adj_en} {} {i}", motif.name.en),
        );
        d.motifs = vec![motif.id.clone()];
        d.workshop = workshop.id.clone();
        d.weight_g = (d.weight_g * scale * 10.0).round() / 10.0;
        d.date = format!(
            "20{:02}-{:02}-{:02}",
            20 + rng.next() % 7,
            1 + rng.next() % 12,
            1 + rng.next() % 28
        );
        designs.push(d);
    }
    Catalogue {
        designs,
        ..base.clone()
    }
}
