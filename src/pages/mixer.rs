use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::{
    AddedNotice, CatalogueGate, CopyLink, PageMeta, PriceTag, RangeField, SaveToBoard,
};
use crate::domain::inquiry::shortlist::ShortlistItem;
use crate::domain::insights::Event;
use crate::domain::pricing::format;
use crate::domain::render::bench::{bench_scale, bench_svg};
use crate::domain::render::{ArtText, MotifDetail, render_svg, svg_data_url};
use crate::domain::studio::mixer::{
    DENSITY_RANGE, History, Mix, MixLink, SIZE_RANGE, SIZE_STEP, count_range, differences,
    has_density, variations,
};
use crate::domain::{Catalogue, FINENESSES, Finish, Form, ItemRef, MotifFamily, Technique};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels;
use crate::platform::location;
use crate::routes;
use crate::state::{tr, use_insights, use_kiosk, use_lang, use_shortlist};

/// The design mixer: a maker changes a form, a motif and its parameters, techniques, finish, fineness
/// and size, and sees the drawing, weight and price follow. The configuration lives in the URL; undo
/// and redo walk this visit's changes.
#[component]
pub fn MixerPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageMeta
            title=move || t_string!(i18n, mixer_title).to_string()
            description=move || t_string!(i18n, mixer_description).to_string()
        />
        <h1 class="page-title">{tr(|l| td_string!(l, mixer_title))}</h1>
        <p class="lede">{tr(|l| td_string!(l, mixer_intro))}</p>
        <CatalogueGate children=move |catalogue| view! { <Workbench catalogue=catalogue /> } />
    }
}

#[component]
fn Workbench(catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let query_map = use_query_map();
    let navigate = use_navigate();
    let cat = StoredValue::new(catalogue.clone());
    let reading = Memo::new(move |_| {
        let map = query_map.read();
        MixLink::read(&cat.get_value(), |k| map.get(k))
    });
    let mix = Memo::new(move |_| reading.get().mix);
    let motif = Memo::new(move |_| mix.get().motif);
    let history = RwSignal::new(History::default());

    // Every change replaces the history entry: undo is the page's own, and Back leaves the mixer.
    let go = move |m: Mix, vary: Option<u64>| {
        let r = reading.get_untracked();
        navigate(
            &routes::mixer(&m, r.from.as_ref(), vary),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let go = StoredValue::new_local(go);
    let change = move |f: &dyn Fn(&mut Mix), control: Option<&'static str>| {
        let before = mix.get_untracked();
        let mut after = before.clone();
        f(&mut after);
        let after = after.normalised();
        if after != before {
            history.update(|h| h.changed(before, control));
            go.with_value(|go| go(after, reading.get_untracked().vary));
        }
    };
    let change = StoredValue::new_local(change);
    // A slider's moves in a row are one undo step (`History::changed`).
    let set = move |control: &'static str, f: fn(&mut Mix, u8)| {
        Callback::new(move |v: u8| change.with_value(|c| c(&|m| f(m, v), Some(control))))
    };
    let undo = move |_| {
        let mut h = history.get_untracked();
        if let Some(before) = h.undo(mix.get_untracked()) {
            history.set(h);
            go.with_value(|go| go(before, reading.get_untracked().vary));
        }
    };
    let redo = move |_| {
        let mut h = history.get_untracked();
        if let Some(after) = h.redo(mix.get_untracked()) {
            history.set(h);
            go.with_value(|go| go(after, reading.get_untracked().vary));
        }
    };

    let name = move |m: &Mix| labels::mix_name(i18n, m);
    let drawing = move || {
        let m = mix.get();
        let title = name(&m);
        render_svg(
            &m.art(),
            &ArtText {
                title: &title,
                description: t_string!(i18n, mixer_drawing),
            },
        )
    };
    let share_url = Signal::derive(move || {
        let r = reading.get();
        routes::mixer_shared(&location::origin(), &r.mix, r.from.as_ref())
    });
    let link_label = tr(|l| td_string!(l, mixer_link));

    view! {
        {move || {
            let r = reading.get();
            let started = r.from.as_ref().and_then(|f| labels::item_name(i18n, &cat.get_value(), f));
            started.map(|n| view! { <p class="muted">{t_string!(i18n, mixer_start, name = n).to_string()}</p> })
        }}
        {move || {
            let MixLink { adjusted, mix, .. } = reading.get();
            (!adjusted.is_empty()).then(|| view! {
                <div class="notice" role="status">
                    <p>{tr(|l| td_string!(l, mixer_adjusted))}</p>
                    <ul>
                        {adjusted.into_iter().map(|a| view! {
                            <li>{t_string!(i18n, mixer_adjusted_item, field = labels::mix_field(i18n, a.field, mix.motif), given = a.given.as_str(), used = labels::mix_value(i18n, a.field, &a.used)).to_string()}</li>
                        }).collect_view()}
                    </ul>
                </div>
            })
        }}
        <div class="mixer">
            <div class="mixer-stage">
                <div class="art mixer-art" inner_html=drawing></div>
                <p class="mixer-name">{move || name(&mix.get())}</p>
            </div>
            <form class="mixer-controls" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="mixer-form">{tr(|l| td_string!(l, label_form))}</label>
                    <select id="mixer-form" prop:value=move || mix.get().form.key()
                        on:change=move |ev| if let Some(f) = Form::from_key(&event_target_value(&ev)) {
                            change.with_value(|c| c(&|m| m.form = f, None))
                        }>
                        {Form::ALL.into_iter().map(|f| view! {
                            <option value=f.key() selected=move || mix.get().form == f>{move || labels::form(i18n, f)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="mixer-motif">{tr(|l| td_string!(l, mixer_motif))}</label>
                    <select id="mixer-motif" prop:value=move || mix.get().motif.key()
                        on:change=move |ev| if let Some(f) = MotifFamily::from_key(&event_target_value(&ev)) {
                            change.with_value(|c| c(&|m| m.motif = f, None))
                        }>
                        {MotifFamily::ALL.into_iter().map(|f| view! {
                            <option value=f.key() selected=move || mix.get().motif == f>{move || labels::motif_family(i18n, f)}</option>
                        }).collect_view()}
                    </select>
                </div>
                // Rebuilt only when the family changes (its range and what it counts), never while its
                // value changes, so that a slider keeps the keyboard's focus.
                {move || {
                    let family = motif.get();
                    let range = count_range(family)?;
                    let label: crate::state::Text = match family {
                        MotifFamily::MajapahitSun => |l| td_string!(l, mixer_count_rays),
                        MotifFamily::Scroll => |l| td_string!(l, mixer_count_scrolls),
                        _ => |l| td_string!(l, mixer_count_petals),
                    };
                    let count = Signal::derive(move || mix.get().count);
                    Some(view! {
                        <RangeField id="mixer-count" label=label value=count range=range
                            value_text=Signal::derive(move || format::decimal(f64::from(count.get()), 0, lang.get()))
                            on_change=set("count", |m, v| m.count = v) />
                    })
                }}
                {move || {
                    has_density(motif.get()).then(|| {
                        let density = Signal::derive(move || mix.get().density);
                        view! {
                            <RangeField id="mixer-density" label=|l| td_string!(l, mixer_density) value=density range=DENSITY_RANGE
                                value_text=Signal::derive(move || t_string!(i18n, mixer_density_value, value = density.get()).to_string())
                                on_change=set("density", |m, v| m.density = v) />
                        }
                    })
                }}
                <RangeField id="mixer-size" label=|l| td_string!(l, label_size) value=Signal::derive(move || mix.get().size)
                    range=SIZE_RANGE step=SIZE_STEP
                    value_text=Signal::derive(move || t_string!(i18n, mixer_size_value, percent = mix.get().size).to_string())
                    on_change=set("size", |m, v| m.size = v) />
                <fieldset class="field mixer-techniques">
                    <legend>{tr(|l| td_string!(l, label_techniques))}</legend>
                    {Technique::ALL.into_iter().map(|t| {
                        let id = format!("mixer-tech-{}", t.key());
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=id.clone() prop:checked=move || mix.get().techniques.contains(&t)
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        change.with_value(|c| c(&|m| {
                                            m.techniques.retain(|x| *x != t);
                                            if on {
                                                m.techniques.push(t);
                                                m.techniques.sort_by_key(|x| Technique::ALL.iter().position(|y| y == x));
                                            }
                                        }, None))
                                    } />
                                <label for=id>{move || labels::technique(i18n, t)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="mixer-finish">{tr(|l| td_string!(l, label_finish))}</label>
                    <select id="mixer-finish" prop:value=move || mix.get().finish.key()
                        on:change=move |ev| if let Some(f) = Finish::from_key(&event_target_value(&ev)) {
                            change.with_value(|c| c(&|m| m.finish = f, None))
                        }>
                        {Finish::ALL.into_iter().map(|f| view! {
                            <option value=f.key() selected=move || mix.get().finish == f>{move || labels::finish(i18n, f)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="mixer-fineness">{tr(|l| td_string!(l, label_fineness))}</label>
                    <select id="mixer-fineness" prop:value=move || mix.get().fineness.to_string()
                        on:change=move |ev| if let Ok(f) = event_target_value(&ev).parse() {
                            change.with_value(|c| c(&|m| m.fineness = f, None))
                        }>
                        {FINENESSES.into_iter().map(|f| view! {
                            <option value=f.to_string() selected=move || mix.get().fineness == f>
                                {move || labels::fineness(i18n, f)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </form>
            <div class="mixer-figures-panel">
                {move || {
                    let m = mix.get();
                    let d = m.dimensions(&cat.get_value());
                    let l = lang.get();
                    let grams = m.weight_g(&cat.get_value());
                    let weight = format::decimal(grams, 1, l);
                    view! {
                        <dl class="mixer-figures">
                            <dt>{tr(|l| td_string!(l, label_size))}</dt>
                            <dd>{t_string!(i18n, dimensions_mm,
                                width = format::decimal(d.width_mm, 0, l),
                                height = format::decimal(d.height_mm, 0, l),
                                depth = format::decimal(d.depth_mm, 1, l)).to_string()}</dd>
                            <dt>{tr(|l| td_string!(l, label_weight))}</dt>
                            <dd>"≈ "{t_string!(i18n, weight_grams, weight = weight).to_string()}</dd>
                        </dl>
                        <p class="muted">{tr(|l| td_string!(l, mixer_weight_basis))}</p>
                        <h2 class="mixer-estimate">{tr(|l| td_string!(l, mixer_estimate))}</h2>
                        <PriceTag settings=cat.get_value().settings.clone() weight_g=Signal::stored(grams)
                            fineness=m.fineness techniques=m.techniques.clone() on_request=false />
                    }
                }}
                <p class="actions">
                    <button type="button" class="button button-quiet" aria-disabled=move || (!history.read().can_undo()).to_string() on:click=undo>
                        {tr(|l| td_string!(l, mixer_undo))}
                    </button>
                    <button type="button" class="button button-quiet" aria-disabled=move || (!history.read().can_redo()).to_string() on:click=redo>
                        {tr(|l| td_string!(l, mixer_redo))}
                    </button>
                </p>
                <CopyLink id="mixer-url".to_string() label=Signal::derive(move || link_label().to_string()) url=share_url label_visible=true />
            </div>
        </div>
        <Keep mix=mix name=name />
        <SpecSheet mix=mix catalogue=catalogue.clone() />
        <Variations reading=reading name=name on_pick=Callback::new(move |v: Mix| {
            let before = mix.get_untracked();
            history.update(|h| h.changed(before, None));
            go.with_value(|go| go(v, reading.get_untracked().vary));
        }) on_vary=Callback::new(move |seed: u64| go.with_value(|go| go(mix.get_untracked(), Some(seed)))) />
    }
}

/// Keeping the current design: on the shortlist as a custom request (its parameters travel in the
/// inquiry, its price from the same estimate), or pinned to a board with a note.
#[component]
fn Keep(
    mix: Memo<Mix>,
    name: impl Fn(&Mix) -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let shortlist = use_shortlist();
    let insights = use_insights();
    let kiosk = use_kiosk();
    // Which design was added: the confirmation is about that one, and goes once the design changes.
    let added = RwSignal::new(None::<Mix>);
    let add = move |_| {
        let m = mix.get_untracked();
        insights.record(Event::MixKept(ItemRef::Mix(m.clone())));
        shortlist.add(ShortlistItem {
            item: ItemRef::Mix(m.clone()),
            qty: 1,
            size: None,
            finish: Some(m.finish),
        });
        added.set(Some(m));
    };
    let shown = Signal::derive(move || added.read().as_ref() == Some(&mix.read()));
    view! {
        <section class="mixer-keep" aria-labelledby="mixer-keep-heading">
            <h2 id="mixer-keep-heading">{tr(|l| td_string!(l, mixer_keep))}</h2>
            <div class="actions">
                <button type="button" class="button" on:click=add>{tr(|l| td_string!(l, sketch_add_shortlist))}</button>
                // A maker decides to make it; a kiosk's visitors are not makers.
                <Show when=move || kiosk.staff()>
                    <A href=move || routes::localized(routes::studio_from_mix(&mix.get())) attr:class="button button-quiet">
                        {tr(|l| td_string!(l, mixer_make))}
                    </A>
                </Show>
            </div>
            <AddedNotice shown=shown message=|l| td_string!(l, sketch_added) />
            <SaveToBoard id="save-mix" target=Signal::derive(move || ItemRef::Mix(mix.get())) label=Signal::derive(move || name(&mix.get()))
                on_saved=Callback::new(move |item| insights.record(Event::MixKept(item))) />
        </section>
    }
}

/// "Show me twelve variations": a grid of neighbours of the current design, the same for the same seed
/// (which the link carries), each a tap away from becoming the current one.
#[component]
fn Variations(
    reading: Memo<MixLink>,
    name: impl Fn(&Mix) -> String + Copy + Send + Sync + 'static,
    on_pick: Callback<Mix>,
    on_vary: Callback<u64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let grid = move || {
        let r = reading.get();
        let seed = r.vary?;
        let items = variations(&r.mix, seed)
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                let title = name(&v);
                // What differs, said in words: two variations may look alike at this size.
                let values = v.to_pairs();
                let caption = differences(&r.mix, &v)
                    .into_iter()
                    .map(|field| {
                        let value = values.iter().find(|(k, _)| *k == field).map_or("", |(_, x)| x.as_str());
                        format!("{}: {}", labels::mix_field(i18n, field, v.motif), labels::mix_value(i18n, field, value))
                    })
                    .collect::<Vec<_>>()
                    .join(" · ");
                let label = format!(
                    "{} — ",
                    t_string!(i18n, mixer_variation_use, n = i + 1, name = title.as_str())
                );                let src = svg_data_url(&render_svg(
                    &v.art(),
                    &ArtText {
                        title: &title,
                        description: t_string!(i18n, mixer_drawing),
                    },
                ));
                view! {
                    <li>
                        // The name is the hidden sentence and the visible caption together, so that what
                        // is read out contains what is seen (WCAG 2.5.3).
                        <button type="button" class="variation" on:click=move |_| on_pick.run(v.clone())>
                            <img src=src alt="" width="120" height="120" />
                            <span class="visually-hidden">{label}</span>
                            <span class="variation-caption">{caption.clone()}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <h2 id="variations-heading">{tr(|l| td_string!(l, mixer_variations_title))}</h2>
            <p class="muted">{tr(|l| td_string!(l, mixer_variations_intro))}</p>
            <ul class="variations" aria-labelledby="variations-heading">{items}</ul>
        })
    };
    view! {
        <section class="mixer-variations">
            <button type="button" class="button" on:click=move |_| {
                on_vary.run(reading.get_untracked().vary.map_or(1, |s| s.wrapping_add(1)))
            }>
                {move || if reading.get().vary.is_some() {
                    t_string!(i18n, mixer_variations_other)
                } else {
                    t_string!(i18n, mixer_variations)
                }}
            </button>
            {grid}
        </section>
    }
}

/// The sheet a maker takes to the bench: the motif at the piece's real size with a scale bar, the
/// dimensions, techniques and finish, and the weight in each fineness. It is what the page prints.
#[component]
fn SpecSheet(mix: Memo<Mix>, catalogue: Arc<Catalogue>) -> impl IntoView {
    let cat = StoredValue::new(catalogue);
    let i18n = use_i18n();
    let lang = use_lang();
    let drawing = move || {
        let m = mix.get();
        let d = m.dimensions(&cat.get_value());
        let l = lang.get();
        let title = t_string!(
            i18n,
            spec_drawing,
            motif = labels::motif_family(i18n, m.motif),
            width = format::decimal(d.width_mm, 0, l),
            height = format::decimal(d.height_mm, 0, l)
        )
        .to_string();
        bench_svg(
            m.motif,
            Some(MotifDetail {
                count: m.count,
                density: m.density,
            }),
            d.width_mm,
            d.height_mm,
            &ArtText {
                title: &title,
                description: t_string!(i18n, mixer_drawing),
            },
        )
    };
    let facts = move || {
        let m = mix.get();
        let d = m.dimensions(&cat.get_value());
        let l = lang.get();
        let techniques = if m.techniques.is_empty() {
            t_string!(i18n, attr_unknown).to_string()
        } else {
            m.techniques
                .iter()
                .map(|t| labels::technique(i18n, *t))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let weights = FINENESSES
            .into_iter()
            .map(|f| {
                let grams = Mix {
                    fineness: f,
                    ..m.clone()
                }
                .weight_g(&cat.get_value());
                view! {
                    <tr>
                        <th scope="row">{labels::fineness(l, f)}</th>
                        <td>{t_string!(i18n, weight_grams, weight = format::decimal(grams, 1, l)).to_string()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <dl class="mixer-figures">
                <dt>{tr(|l| td_string!(l, label_form))}</dt>
                <dd>{labels::form(i18n, m.form)}</dd>
                <dt>{tr(|l| td_string!(l, mixer_motif))}</dt>
                <dd>{labels::motif_family(i18n, m.motif)}</dd>
                <dt>{tr(|l| td_string!(l, label_size))}</dt>
                <dd>{t_string!(i18n, dimensions_mm,
                    width = format::decimal(d.width_mm, 0, l),
                    height = format::decimal(d.height_mm, 0, l),
                    depth = format::decimal(d.depth_mm, 1, l)).to_string()}</dd>
                <dt>{tr(|l| td_string!(l, label_techniques))}</dt>
                <dd>{techniques}</dd>
                <dt>{tr(|l| td_string!(l, label_finish))}</dt>
                <dd>{labels::finish(i18n, m.finish)}</dd>
            </dl>
            <table class="spec-weights">
                <caption>{tr(|l| td_string!(l, spec_weights))}</caption>
                <tbody>{weights}</tbody>
            </table>
        }
    };
    view! {
        <section class="spec-sheet" aria-labelledby="spec-heading">
            <h2 id="spec-heading">{tr(|l| td_string!(l, spec_title))}</h2>
            <p class="muted">{tr(|l| td_string!(l, spec_intro))}</p>
            <button type="button" class="button spec-print" on:click=|_| location::print()>
                {tr(|l| td_string!(l, spec_print))}
            </button>
            <div class="spec-body">
                <div class="spec-drawing" inner_html=drawing></div>
                <div>{facts}</div>
            </div>
            {move || {
                let d = mix.get().dimensions(&cat.get_value());
                let scale = bench_scale(d.width_mm, d.height_mm);
                (scale > 1).then(|| view! { <p class="notice">{t_string!(i18n, spec_reduced, scale = scale).to_string()}</p> })
            }}
            <p class="muted">{tr(|l| td_string!(l, spec_scale_check))}</p>
        </section>
    }
}
