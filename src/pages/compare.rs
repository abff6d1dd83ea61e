use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::photo_img::credit_text;
use crate::components::{
    AddedNotice, CatalogueGate, ItemArt, PageMeta, PercentSlider, SaveToBoard, ZoomView,
};
use crate::domain::ItemRef;
use crate::domain::inquiry::shortlist::ShortlistItem;
use crate::domain::insights::Event;
use crate::domain::render::zoom::ZoomState;
use crate::domain::studio::compare::{
    Attribute, CompareQuery, Mode, Profile, differs, pick_options, profile, sketch,
};
use crate::domain::{Catalogue, pricing::format};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels;
use crate::routes;
use crate::state::{Text, tr, use_insights, use_lang, use_shortlist};

/// The compare studio: two items from searchable pickers, shown side by side, overlaid or with a swipe
/// divider, zoomed together, with their attributes compared and, for a motif and a trend, an adaptation
/// sketch. Everything about the comparison lives in the URL.
#[component]
pub fn ComparePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageMeta
            title=move || t_string!(i18n, compare_title).to_string()
            description=move || t_string!(i18n, compare_description).to_string()
        />
        <h1 class="page-title">{tr(|l| td_string!(l, compare_title))}</h1>
        <p class="lede">{tr(|l| td_string!(l, compare_intro))}</p>
        <p class="actions">
            <A href=routes::localized(routes::PAIRS) attr:class="button button-quiet">{tr(|l| td_string!(l, pairs_title))}</A>
            <A href=routes::localized(routes::BOARDS) attr:class="button button-quiet">{tr(|l| td_string!(l, boards_title))}</A>
            <A href=routes::localized(routes::MIXER) attr:class="button button-quiet">{tr(|l| td_string!(l, mixer_title))}</A>
        </p>
        <CatalogueGate children=move |catalogue| view! { <Studio catalogue=catalogue /> } />
    }
}

#[component]
fn Studio(catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let query_map = use_query_map();
    let navigate = use_navigate();
    let query = Memo::new(move |_| {
        let map = query_map.read();
        let pairs: Vec<(String, String)> = ["left", "right", "mode", "opacity", "divider"]
            .iter()
            .filter_map(|k| map.get(k).map(|v| (k.to_string(), v)))
            .collect();
        CompareQuery::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    });
    // Sliders replace the history entry; picking items and modes adds one, so Back undoes a choice.
    let set = move |f: &dyn Fn(&mut CompareQuery), replace: bool| {
        let mut q = query.get_untracked();
        f(&mut q);
        navigate(
            &routes::compare(&q),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let set = StoredValue::new_local(set);
    let zoom = RwSignal::new(ZoomState::default());
    let cat = StoredValue::new(catalogue.clone());
    // Counted once per pair of sides shown: a slider or a mode changes neither.
    let insights = use_insights();
    let sides = Memo::new(move |_| query.with(|q| (q.left.clone(), q.right.clone())));
    Effect::new(move |_| {
        let (left, right) = sides.get();
        let c = cat.get_value();
        for side in [&left, &right].into_iter().flatten() {
            if matches!(side, ItemRef::Trend(_)) && side.exists(&c) {
                insights.record(Event::Viewed(side.clone()));
            }
        }
        if let (Some(l), Some(r)) = (left, right)
            && l.exists(&c)
            && r.exists(&c)
        {
            // A motif beside a trend is a curated pair's question: its sketch counts as the pair seen.
            if let (ItemRef::Motif(m), ItemRef::Trend(t)) | (ItemRef::Trend(t), ItemRef::Motif(m)) =
                (&l, &r)
            {
                insights.record(Event::Viewed(ItemRef::sketch(m.as_str(), t.as_str())));
            }
            insights.record(Event::Compared(l, r));
        }
    });

    let art = move |side: Option<ItemRef>| {
        side.filter(|r| r.exists(&cat.get_value())).map(|r| {
            view! { <ItemArt catalogue=cat.get_value() target=r.clone() credit=false /> }
        })
    };
    // A caption under a picture would be zoomed, panned or layered out of sight: each side's credit
    // is said under the stage instead.
    let credits = move || {
        let q = query.get();
        [(q.left, true), (q.right, false)]
            .into_iter()
            .filter_map(|(item, left)| {
                let credit = cat.with_value(|c| c.cover(item.as_ref()?)?.credit.clone())?;
                let text = credit_text(i18n, credit);
                let side = move || {
                    if left {
                        t_string!(i18n, compare_left)
                    } else {
                        t_string!(i18n, compare_right)
                    }
                };
                Some(view! { <p class="photo-credit">{side}": "{text}</p> })
            })
            .collect_view()
    };
    let stage = move || {
        let q = query.get();
        match q.mode {
            Mode::Side => view! {
                <div class="compare-side">
                    <ZoomView zoom=zoom>{art(q.left.clone())}</ZoomView>
                    <ZoomView zoom=zoom>{art(q.right.clone())}</ZoomView>
                </div>
            }
            .into_any(),
            Mode::Overlay => {
                // Through the CSSOM (`style:`), which the site's policy allows; a style="" attribute it would block.
                let opacity = (f64::from(q.opacity) / 100.0).to_string();
                view! {
                    <div class="compare-stack">
                        <ZoomView zoom=zoom>
                            <div class="layer">{art(q.left.clone())}</div>
                            <div class="layer layer-top" style:opacity=opacity>{art(q.right.clone())}</div>
                        </ZoomView>
                    </div>
                }
                .into_any()
            }
            Mode::Swipe => {
                let clip = format!("inset(0 0 0 {}%)", q.divider);
                let line = format!("{}%", q.divider);
                view! {
                    <div class="compare-stack">
                        <ZoomView zoom=zoom>
                            <div class="layer">{art(q.left.clone())}</div>
                            <div class="layer layer-top" style:clip-path=clip>{art(q.right.clone())}</div>
                            <div class="swipe-line" style:left=line aria-hidden="true"></div>
                        </ZoomView>
                    </div>
                }
                .into_any()
            }
        }
    };

    let mode_controls = move || {
        let q = query.get();
        match q.mode {
            Mode::Side => ().into_any(),
            Mode::Overlay => view! {
                <PercentSlider id="compare-opacity" label=|l| td_string!(l, compare_opacity) value=q.opacity
                    on_change=Callback::new(move |v| set.with_value(|s| s(&|q| q.opacity = v, true))) />
            }
            .into_any(),
            Mode::Swipe => view! {
                <PercentSlider id="compare-divider" label=|l| td_string!(l, compare_divider) value=q.divider
                    steps=(|l| td_string!(l, divider_left), |l| td_string!(l, divider_right))
                    on_change=Callback::new(move |v| set.with_value(|s| s(&|q| q.divider = v, true))) />
            }
            .into_any(),
        }
    };

    let side_name = move |r: Option<ItemRef>| {
        r.and_then(|r| labels::item_name(lang.get(), &cat.get_value(), &r))
            .unwrap_or_else(|| t_string!(i18n, compare_none).to_string())
    };

    view! {
        <div class="compare-pickers">
            <Picker side="left" label=|l| td_string!(l, compare_left) catalogue=catalogue.clone()
                selected=Signal::derive(move || query.get().left)
                on_pick=Callback::new(move |r: ItemRef| set.with_value(|s| s(&|q| q.left = Some(r.clone()), false))) />
            <Picker side="right" label=|l| td_string!(l, compare_right) catalogue=catalogue.clone()
                selected=Signal::derive(move || query.get().right)
                on_pick=Callback::new(move |r: ItemRef| set.with_value(|s| s(&|q| q.right = Some(r.clone()), false))) />
        </div>
        <fieldset class="mode-switch">
            <legend>{tr(|l| td_string!(l, compare_mode))}</legend>
            {Mode::ALL.into_iter().map(|m| {
                let id = format!("mode-{}", m.key());
                view! {
                    <div class="choice">
                        <input type="radio" name="compare-mode" id=id.clone() prop:checked=move || query.get().mode == m
                            on:change=move |_| set.with_value(|s| s(&|q| q.mode = m, false)) />
                        <label for=id>{tr(match m {
                            Mode::Side => |l| td_string!(l, mode_side),
                            Mode::Overlay => |l| td_string!(l, mode_overlay),
                            Mode::Swipe => |l| td_string!(l, mode_swipe),
                        })}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
        <p class="compare-names">
            <span>{move || side_name(query.get().left)}</span>
            <span aria-hidden="true">" · "</span>
            <span>{move || side_name(query.get().right)}</span>
        </p>
        {stage}
        {credits}
        {mode_controls}
        <p class="muted">{tr(|l| td_string!(l, compare_zoom_synced))}</p>
        {move || {
            let q = query.get();
            let c = cat.get_value();
            let (Some(l), Some(r)) = (q.left.clone(), q.right.clone()) else { return ().into_any() };
            let (Some(pl), Some(pr)) = (profile(&c, &l), profile(&c, &r)) else { return ().into_any() };
            view! { <AttributeTable left=pl right=pr left_name=side_name(Some(l)) right_name=side_name(Some(r)) /> }.into_any()
        }}
        {move || {
            let q = query.get();
            let (motif, trend) = match (q.left.clone(), q.right.clone()) {
                (Some(ItemRef::Motif(m)), Some(ItemRef::Trend(t))) | (Some(ItemRef::Trend(t)), Some(ItemRef::Motif(m))) => (m.to_string(), t.to_string()),
                _ => return view! { <p class="muted">{tr(|l| td_string!(l, sketch_needs))}</p> }.into_any(),
            };
            view! { <SketchPanel catalogue=cat.get_value() motif=motif trend=trend /> }.into_any()
        }}
        {move || {
            let q = query.get();
            [("save-left", q.left.clone()), ("save-right", q.right.clone())]
                .into_iter()
                .filter_map(|(id, r)| {
                    let r = r.filter(|r| r.exists(&cat.get_value()))?;
                    let name = side_name(Some(r.clone()));
                    Some(view! { <SaveToBoard id=id target=r.clone() label=Signal::stored(name) /> })
                })
                .collect_view()
        }}
    }
}

/// A searchable picker: a search field narrowing a list of designs, motifs and trends.
#[component]
fn Picker(
    side: &'static str,
    label: Text,
    catalogue: Arc<Catalogue>,
    selected: Signal<Option<ItemRef>>,
    on_pick: Callback<ItemRef>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let filter = RwSignal::new(String::new());
    let search_id = format!("pick-{side}-search");
    let list_id = format!("pick-{side}");
    let side_label = move || tr(label)().to_lowercase();
    // Matching and the cap are the domain's (`pick_options`); the picker lists at most this many.
    const SHOWN: usize = 100;
    // The kind words, in the order of `PickOption::kind`; matched by the filter and shown after names.
    let kinds = Memo::new(move |_| {
        [
            t_string!(i18n, kind_motif).to_string(),
            t_string!(i18n, kind_trend).to_string(),
            t_string!(i18n, kind_design).to_string(),
        ]
    });
    let picked = {
        let catalogue = catalogue.clone();
        Memo::new(move |_| {
            let kinds = kinds.get();
            pick_options(
                &catalogue,
                lang.get(),
                &filter.get(),
                [&kinds[0], &kinds[1], &kinds[2]],
                selected.get().as_ref(),
                SHOWN,
            )
        })
    };
    let options = move || {
        let kinds = kinds.get();
        picked.with(|(options, _)| {
            options
                .iter()
                .map(|o| {
                    let text = format!("{} ({})", o.name, kinds[o.kind]);
                    view! { <option value=o.item.key()>{text}</option> }
                })
                .collect_view()
        })
    };
    let more_id = format!("pick-{side}-more");
    let more = move || {
        picked.with(|(options, total)| {
            (*total > options.len()).then(|| {
                let l = lang.get();
                t_string!(
                    i18n,
                    compare_more,
                    shown = format::decimal(options.len() as f64, 0, l),
                    total = format::decimal(*total as f64, 0, l)
                )
                .to_string()
            })
        })
    };
    view! {
        <div class="picker">
            <h2>{tr(label)}</h2>
            <label for=search_id.clone()>{move || t_string!(i18n, compare_search, side = side_label())}</label>
            <input id=search_id type="search" prop:value=move || filter.get() on:input=move |ev| filter.set(event_target_value(&ev)) />
            <label for=list_id.clone()>{move || t_string!(i18n, compare_choose, side = side_label())}</label>
            <select id=list_id size="6" aria-describedby=more_id.clone() prop:value=move || selected.get().map(|r| r.key()).unwrap_or_default()
                on:change=move |ev| if let Some(r) = ItemRef::parse(&event_target_value(&ev)) { on_pick.run(r) }>
                {options}
            </select>
            <p class="muted" id=more_id>{more}</p>
        </div>
    }
}

fn list_text<T>(i18n: crate::i18n::I18n, items: &[T], f: impl Fn(&T) -> String) -> String {
    if items.is_empty() {
        t_string!(i18n, attr_unknown).to_string()
    } else {
        items.iter().map(f).collect::<Vec<_>>().join(", ")
    }
}

fn cell(i18n: crate::i18n::I18n, lang: crate::domain::Lang, p: &Profile, a: Attribute) -> String {
    let unknown = || t_string!(i18n, attr_unknown).to_string();
    match a {
        Attribute::Form => list_text(i18n, &p.forms, |f| labels::form(i18n, *f)),
        Attribute::Scale => list_text(i18n, &p.scales, |s| labels::scale(i18n, *s)),
        Attribute::Weight => p.weight_g.map_or_else(unknown, |(lo, hi)| {
            t_string!(
                i18n,
                weight_range,
                low = format::decimal(lo, 1, lang),
                high = format::decimal(hi, 1, lang)
            )
            .to_string()
        }),
        Attribute::Techniques => list_text(i18n, &p.techniques, |t| labels::technique(i18n, *t)),
        Attribute::Finish => list_text(i18n, &p.finishes, |f| labels::finish(i18n, *f)),
        Attribute::Texture => p
            .texture
            .as_ref()
            .map_or_else(unknown, |t| t.get(lang).to_owned()),
        Attribute::Markets => list_text(i18n, &p.markets, |m| m.clone()),
        Attribute::PriceBand => p.price_idr.map_or_else(unknown, |(lo, hi)| {
            format!(
                "{} – {}",
                format::rupiah(lo, lang),
                format::rupiah(hi, lang)
            )
        }),
    }
}

#[component]
fn AttributeTable(
    left: Profile,
    right: Profile,
    left_name: String,
    right_name: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let rows = move || {
        let l = lang.get();
        Attribute::ALL
            .into_iter()
            .map(|a| {
                let name = match a {
                    Attribute::Form => t_string!(i18n, label_form),
                    Attribute::Scale => t_string!(i18n, attr_scale),
                    Attribute::Weight => t_string!(i18n, attr_weight),
                    Attribute::Techniques => t_string!(i18n, label_techniques),
                    Attribute::Finish => t_string!(i18n, label_finish),
                    Attribute::Texture => t_string!(i18n, attr_texture),
                    Attribute::Markets => t_string!(i18n, attr_markets),
                    Attribute::PriceBand => t_string!(i18n, attr_price),
                };
                let diff = differs(&left, &right, a);
                view! {
                    <tr class:differs=diff>
                        <th scope="row">{name}
                            {diff.then(|| view! { " " <span class="badge badge-diff">{t_string!(i18n, attr_differs)}</span> })}
                        </th>
                        <td>{cell(i18n, l, &left, a)}</td>
                        <td>{cell(i18n, l, &right, a)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="attributes" aria-labelledby="attr-heading">
            <h2 id="attr-heading">{tr(|l| td_string!(l, compare_attr_heading))}</h2>
            <div class="table-scroll">
                <table>
                    <thead><tr>
                        <th scope="col">{tr(|l| td_string!(l, compare_attribute))}</th>
                        <th scope="col">{left_name}</th>
                        <th scope="col">{right_name}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn SketchPanel(catalogue: Arc<Catalogue>, motif: String, trend: String) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let Some(s) = sketch(&catalogue, &motif, &trend) else {
        return ().into_any();
    };
    let target = ItemRef::sketch(motif.clone(), trend.clone());
    let shortlist = use_shortlist();
    let added = RwSignal::new(false);
    let add_to_shortlist = {
        let (item, finish) = (target.clone(), s.finish);
        move |_| {
            shortlist.add(ShortlistItem {
                item: item.clone(),
                qty: 1,
                size: None,
                finish: Some(finish),
            });
            added.set(true);
        }
    };
    let (m, t) = (
        catalogue.motif(&motif).cloned(),
        catalogue.trend(&trend).cloned(),
    );
    let (Some(m), Some(t)) = (m, t) else {
        return ().into_any();
    };
    let (m2, t2) = (m.clone(), t.clone());
    let intro = move || {
        let l = lang.get();
        t_string!(
            i18n,
            sketch_intro,
            motif = m.name.get(l).to_owned(),
            trend = t.name.get(l).to_owned()
        )
        .to_string()
    };
    let estimate = move || {
        let l = lang.get();
        let price = s
            .price
            .as_ref()
            .map(|p| format::rupiah(p.idr, l))
            .unwrap_or_else(|| t_string!(i18n, price_on_request).to_string());
        t_string!(
            i18n,
            sketch_estimate,
            weight = format::decimal(s.weight_g, 1, l),
            price = price
        )
        .to_string()
    };
    let name = Signal::derive(move || {
        let l = lang.get();
        t_string!(
            i18n,
            sketch_name,
            motif = m2.name.get(l).to_owned(),
            trend = t2.name.get(l).to_owned()
        )
        .to_string()
    });
    view! {
        <section class="sketch" aria-labelledby="sketch-heading">
            <h2 id="sketch-heading">{tr(|l| td_string!(l, sketch_heading))}</h2>
            <div class="sketch-body">
                <div class="sketch-art"><ItemArt catalogue=catalogue.clone() target=target.clone() /></div>
                <div>
                    <p>{intro}</p>
                    <p class="sketch-estimate">{estimate}</p>
                    <div class="actions">
                        <button type="button" class="button" on:click=add_to_shortlist>{tr(|l| td_string!(l, sketch_add_shortlist))}</button>
                    </div>
                    <AddedNotice shown=added message=|l| td_string!(l, sketch_added) />
                    <SaveToBoard id="save-sketch" target=target label=name />
                </div>
            </div>
        </section>
    }
    .into_any()
}
