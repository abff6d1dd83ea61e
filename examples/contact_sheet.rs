//! Writes an HTML contact sheet of the renderer's output: every form × a few motifs and finishes.
//! `cargo run --example contact_sheet -- out.html`, then screenshot it (scripts/contact-sheet.sh).

use perak_batankrajan::domain::render::{ArtSpec, ArtText, render_svg, seed_of};
use perak_batankrajan::domain::{Finish, Form, MotifFamily, Scale, Technique};

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "contact-sheet.html".into());
    let columns: [(Option<MotifFamily>, Vec<Technique>, Finish, &str); 6] = [
        (
            Some(MotifFamily::MajapahitSun),
            vec![Technique::Repousse, Technique::Granulation],
            Finish::Oxidised,
            "sun · repoussé + granulation · oxidised",
        ),
        (
            Some(MotifFamily::Lotus),
            vec![Technique::Repousse],
            Finish::Polished,
            "lotus · repoussé · polished",
        ),
        (
            Some(MotifFamily::Kawung),
            vec![Technique::Casting],
            Finish::Matte,
            "kawung · cast · matte",
        ),
        (
            Some(MotifFamily::Scroll),
            vec![Technique::Filigree],
            Finish::Polished,
            "ukel · filigree · polished",
        ),
        (
            Some(MotifFamily::KalaMakara),
            vec![Technique::Casting],
            Finish::Oxidised,
            "kala · cast · oxidised",
        ),
        (
            None,
            vec![Technique::Hammered],
            Finish::Hammered,
            "plain · hammered",
        ),
    ];
    let mut html = String::from(
        "<!doctype html><meta charset=utf-8><style>body{margin:0;background:#f4efe8;font:13px sans-serif}\
         table{border-collapse:collapse}td,th{padding:4px;text-align:center}svg{width:150px;height:150px;display:block}\
         th{font-weight:600;color:#3b302b}</style><table><tr><th></th>",
    );
    for (_, _, _, label) in &columns {
        html.push_str(&format!("<th>{label}</th>"));
    }
    html.push_str("</tr>");
    for form in Form::ALL {
        html.push_str(&format!("<tr><th>{form:?}</th>"));
        for (motif, techniques, finish, _) in &columns {
            let spec = ArtSpec {
                form,
                motif: *motif,
                techniques: techniques.clone(),
                finish: *finish,
                scale: Scale::Medium,
                seed: seed_of(&format!("{form:?}{motif:?}")),
                detail: None,
            };
            html.push_str("<td>");
            html.push_str(&render_svg(
                &spec,
                &ArtText {
                    title: &format!("{form:?}"),
                    description: "",
                },
            ));
            html.push_str("</td>");
        }
        html.push_str("</tr>");
    }
    html.push_str("</table>");
    std::fs::write(&out, html).expect("write contact sheet");
    println!("wrote {out}");
}
