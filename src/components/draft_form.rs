use std::collections::HashSet;
use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::components::{
    CheckGroup, DevicePhoto, DraftPhotos, PhotoSheet, PriceTag, SelectField, TextField,
};
use crate::domain::pricing::format;
use crate::domain::render::{ArtSpec, ArtText, render_svg};
use crate::domain::studio::draft::{
    DesignDraft, DraftProblem, TextsAsTyped, VariantDraft, problem_for, weight_far_from_estimate,
};
use crate::domain::studio::photos::PhotoEdit;
use crate::domain::{Catalogue, FINENESSES, Finish, Form, Lang, Technique};
use crate::i18n::{I18n, t_string, td_string, use_i18n};
use crate::labels;
use crate::routes;
use crate::state::{Saving, Studio, tr, use_lang, use_studio};

/// One studio draft as a form: every field of a catalogue design, saved on the device as it is typed,
/// checked by the catalogue's own rules. A field's problem shows once it has been changed, and all of
/// them after "check"; a preview of the drawing and the price appears once the design is complete.
#[component]
pub fn DraftForm(uid: String, catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let studio = use_studio();
    let uid = StoredValue::new(uid);
    let cat = StoredValue::new(catalogue.clone());
    let draft = Memo::new(move |_| uid.with_value(|u| studio.draft(u)).unwrap_or_default());
    let checked = Memo::new(move |_| {
        let others = uid.with_value(|u| studio.ids_besides(u));
        draft.with(|d| cat.with_value(|c| d.check(c, &others)))
    });
    let show_all = RwSignal::new(false);
    let touched = RwSignal::new(HashSet::<String>::new());
    let form = Sheet {
        draft,
        checked,
        show_all,
        touched,
        i18n,
        studio,
    };
    let withdrawing = Memo::new(move |_| draft.with(|d| d.withdraw));
    let title = move || {
        draft.with(|d| {
            d.title(lang.get()).map_or_else(
                || t_string!(i18n, studio_untitled).to_string(),
                str::to_owned,
            )
        })
    };
    view! {
        <A href=routes::localized(routes::STUDIO) attr:class="back-link">{tr(|l| td_string!(l, studio_back))}</A>
        <h2 class="studio-draft-title">{title}</h2>
        <SaveStatus uid=uid />
        {move || if withdrawing.get() {
            view! { <Withdrawal form=form /> }.into_any()
        } else {
            view! {
                <div class="studio-layout">
                    <Fields form=form catalogue=cat.get_value() />
                    <aside class="studio-side" aria-label=move || t_string!(i18n, studio_preview).to_string()>
                        <Problems form=form />
                        <Preview form=form catalogue=cat.get_value() />
                    </aside>
                </div>
            }.into_any()
        }}
    }
}

/// What the form's parts share: the draft, its check, and which problems to show.
#[derive(Clone, Copy)]
pub struct Sheet {
    pub(crate) draft: Memo<DesignDraft>,
    checked: Memo<Result<crate::domain::Design, Vec<DraftProblem>>>,
    show_all: RwSignal<bool>,
    touched: RwSignal<HashSet<String>>,
    i18n: I18n,
    pub(crate) studio: Studio,
}

impl Sheet {
    /// The message for a field (or, for a list such as `motifs`, any of its entries), once it is due.
    pub(crate) fn error(self, field: impl Into<String>) -> Signal<Option<String>> {
        let field = field.into();
        Signal::derive(move || {
            if !self.show_all.get() && !self.touched.read().contains(&field) {
                return None;
            }
            self.checked.with(|r| {
                let problems = r.as_ref().err()?;
                problem_for(problems, &field).map(|p| labels::problem(self.i18n, &p.problem))
            })
        })
    }

    /// Changes the draft (saved a moment later) and marks the field as changed.
    pub(crate) fn edit(self, field: impl Into<String>, f: impl FnOnce(&mut DesignDraft)) {
        let field = field.into();
        self.touched.update(|t| {
            t.insert(field);
        });
        let uid = self.draft.with_untracked(|d| d.uid.clone());
        self.studio.change(&uid, f);
    }

    /// The draft's photos, for the photo list.
    pub(crate) fn photos(self) -> PhotoSheet {
        let draft = self.draft;
        PhotoSheet {
            uid: StoredValue::new(draft.with_untracked(|d| d.uid.clone())),
            photos: Memo::new(move |_| draft.with(|d| d.photos.clone())).into(),
            edit: Callback::new(move |edit: PhotoEdit| {
                let mut removed = None;
                self.edit(edit.field(), |d| removed = edit.apply(&mut d.photos));
                removed
            }),
            error: Callback::new(move |field: String| self.error(field)),
            credited: false,
        }
    }

    /// A text field's value, its setter and its message.
    fn text(
        self,
        field: &'static str,
        get: fn(&DesignDraft) -> &String,
        set: fn(&mut DesignDraft, String),
    ) -> (Signal<String>, Callback<String>, Signal<Option<String>>) {
        let draft = self.draft;
        (
            Signal::derive(move || draft.with(|d| get(d).clone())),
            Callback::new(move |v: String| self.edit(field, |d| set(d, v))),
            self.error(field),
        )
    }
}

#[component]
pub(crate) fn SaveStatus(uid: StoredValue<String>) -> impl IntoView {
    let i18n = use_i18n();
    let studio = use_studio();
    let retry = move |_| {
        let uid = uid.get_value();
        spawn_local(async move { studio.write_now(&uid).await });
    };
    view! {
        <p class="studio-save" role="status">
            {move || match studio.saving().get() {
                Saving::Saved => t_string!(i18n, studio_saved).to_string(),
                _ => String::new(),
            }}
        </p>
        {move || match studio.saving().get() {
            Saving::Failed(e) => Some(view! {
                <div class="notice notice-error" role="alert">
                    <p>{t_string!(i18n, studio_save_failed, detail = e.detail().to_owned()).to_string()}</p>
                    <button type="button" class="button" on:click=retry>{tr(|l| td_string!(l, studio_save_retry))}</button>
                </div>
            }),
            _ => None,
        }}
    }
}

#[component]
fn Withdrawal(form: Sheet) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let name = move || {
        form.draft
            .with(|d| d.title(lang.get()).unwrap_or_default().to_owned())
    };
    view! {
        <p class="notice">{move || t_string!(i18n, studio_withdraw_note, name = name()).to_string()}</p>
        <button type="button" class="button" on:click=move |_| form.edit("withdraw", |d| d.withdraw = false)>
            {tr(|l| td_string!(l, studio_undo_withdraw))}
        </button>
    }
}

#[component]
fn Fields(form: Sheet, catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let check = move |ev: SubmitEvent| {
        ev.prevent_default();
        form.show_all.set(true);
    };
    let texts = move |which: Texts| {
        Lang::ALL
            .into_iter()
            .map(|l| {
                let field = format!("{}.{}", which.field(), l.code());
                let value = Signal::derive(move || form.draft.with(|d| which.of(d).get(l).to_owned()));
                let on_input = {
                    let field = field.clone();
                    Callback::new(move |v: String| form.edit(field.clone(), |d| which.of_mut(d).set(l, v)))
                };
                let label = Signal::derive(move || which.label(i18n, l));
                view! {
                    <TextField id=format!("studio-{}-{}", which.field(), l.code()) label_text=label value=value
                        on_input=on_input error=form.error(field)
                        optional=which == Texts::Description || !Lang::REQUIRED.contains(&l)
                        multiline=which == Texts::Description />
                }
            })
            .collect_view()
    };
    let derived_id = Signal::derive(move || form.draft.with(DesignDraft::design_id));
    let id_hint =
        Signal::derive(move || t_string!(i18n, studio_id_hint, id = derived_id.get()).to_string());
    let (id_value, id_input, id_error) = form.text("id", |d| &d.id, |d, v| d.id = v);

    let workshops: Vec<(String, String)> = catalogue
        .workshops
        .iter()
        .map(|w| (w.id.clone(), w.name.clone()))
        .collect();
    let motifs = {
        let motifs: Vec<_> = catalogue
            .motifs
            .iter()
            .map(|m| (m.id.clone(), m.name.clone()))
            .collect();
        Signal::derive(move || {
            motifs
                .iter()
                .map(|(id, name)| (id.clone(), name.get(lang.get()).to_owned()))
                .collect()
        })
    };
    let forms = Signal::derive(move || {
        Form::ALL
            .iter()
            .map(|f| (f.key().to_owned(), labels::form(i18n, *f)))
            .collect()
    });
    let finishes = Signal::derive(move || finish_options(i18n));
    let techniques = Signal::derive(move || {
        Technique::ALL
            .iter()
            .map(|t| (t.key().to_owned(), labels::technique(i18n, *t)))
            .collect()
    });
    let finenesses: Vec<(String, String)> = FINENESSES
        .iter()
        .map(|f| (f.to_string(), f.to_string()))
        .collect();
    let toggle = move |field: &'static str, pick: fn(&mut DesignDraft) -> &mut Vec<String>| {
        Callback::new(move |(value, on): (String, bool)| {
            form.edit(field, |d| {
                let list = pick(d);
                list.retain(|v| *v != value);
                if on {
                    list.push(value);
                }
            })
        })
    };
    let select = move |field: &'static str, set: fn(&mut DesignDraft, String)| {
        Callback::new(move |v: String| form.edit(field, |d| set(d, v)))
    };
    let (weight, weight_input, weight_error) =
        form.text("weight_g", |d| &d.weight_g, |d, v| d.weight_g = v);
    let (width, width_input, width_error) = form.text(
        "dimensions.width_mm",
        |d| &d.width_mm,
        |d, v| d.width_mm = v,
    );
    let (height, height_input, height_error) = form.text(
        "dimensions.height_mm",
        |d| &d.height_mm,
        |d, v| d.height_mm = v,
    );
    let (depth, depth_input, depth_error) = form.text(
        "dimensions.depth_mm",
        |d| &d.depth_mm,
        |d, v| d.depth_mm = v,
    );
    let (tags, tags_input, tags_error) = form.text("tags", |d| &d.tags, |d, v| d.tags = v);
    let (date, date_input, date_error) = form.text("date", |d| &d.date, |d, v| d.date = v);
    let draft = form.draft;
    view! {
        <form class="studio-form inquiry" novalidate on:submit=check>
            <fieldset>
                <legend>{tr(|l| td_string!(l, studio_names))}</legend>
                <p class="hint">{tr(|l| td_string!(l, studio_names_hint))}</p>
                {texts(Texts::Name)}
                <TextField id="studio-id" label=|l| td_string!(l, studio_id) hint_text=id_hint value=id_value
                    on_input=id_input error=id_error optional=true />
            </fieldset>
            <fieldset>
                <legend>{tr(|l| td_string!(l, studio_descriptions))}</legend>
                <p class="hint">{tr(|l| td_string!(l, studio_descriptions_hint))}</p>
                {texts(Texts::Description)}
            </fieldset>
            <fieldset>
                <legend>{tr(|l| td_string!(l, studio_making))}</legend>
                <SelectField id="studio-workshop" label=|l| td_string!(l, studio_workshop) options=workshops
                    value=Signal::derive(move || draft.with(|d| d.workshop.clone()))
                    on_change=select("workshop", |d, v| d.workshop = v) error=form.error("workshop") />
                <SelectField id="studio-form" label=|l| td_string!(l, studio_form) options=forms
                    value=Signal::derive(move || draft.with(|d| d.form.clone()))
                    on_change=select("form", |d, v| d.form = v) error=form.error("form") />
                <CheckGroup id="studio-motif" legend=|l| td_string!(l, studio_motifs) options=motifs
                    chosen=Signal::derive(move || draft.with(|d| d.motifs.clone()))
                    on_toggle=toggle("motifs", |d| &mut d.motifs) error=form.error("motifs") />
                <CheckGroup id="studio-technique" legend=|l| td_string!(l, studio_techniques) options=techniques
                    chosen=Signal::derive(move || draft.with(|d| d.techniques.clone()))
                    on_toggle=toggle("techniques", |d| &mut d.techniques) error=form.error("techniques") />
            </fieldset>
            <fieldset>
                <legend>{tr(|l| td_string!(l, studio_metal))}</legend>
                <SelectField id="studio-finish" label=|l| td_string!(l, studio_finish) options=finishes
                    value=Signal::derive(move || draft.with(|d| d.finish.clone()))
                    on_change=select("finish", |d, v| d.finish = v) error=form.error("finish") />
                <SelectField id="studio-fineness" label=|l| td_string!(l, studio_fineness) options=finenesses
                    value=Signal::derive(move || draft.with(|d| d.fineness.clone()))
                    on_change=select("fineness", |d, v| d.fineness = v) error=form.error("fineness") />
                <TextField id="studio-weight" label=|l| td_string!(l, studio_weight) hint=|l| td_string!(l, studio_number_hint)
                    value=weight on_input=weight_input error=weight_error inputmode="decimal" />
                <TextField id="studio-width" label=|l| td_string!(l, studio_width) value=width on_input=width_input
                    error=width_error inputmode="decimal" />
                <TextField id="studio-height" label=|l| td_string!(l, studio_height) value=height on_input=height_input
                    error=height_error inputmode="decimal" />
                <TextField id="studio-depth" label=|l| td_string!(l, studio_depth) value=depth on_input=depth_input
                    error=depth_error inputmode="decimal" />
            </fieldset>
            <Variants form=form />
            <DraftPhotos sheet=form.photos() />
            <fieldset>
                <legend>{tr(|l| td_string!(l, studio_more))}</legend>
                <TextField id="studio-tags" label=|l| td_string!(l, studio_tags) hint=|l| td_string!(l, studio_tags_hint)
                    value=tags on_input=tags_input error=tags_error optional=true />
                <TextField id="studio-date" label=|l| td_string!(l, studio_date) hint=|l| td_string!(l, studio_date_hint)
                    value=date on_input=date_input error=date_error />
                <div class="choice">
                    <input type="checkbox" id="studio-on-request" prop:checked=move || draft.with(|d| d.price_on_request)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            form.edit("price_on_request", |d| d.price_on_request = on)
                        } />
                    <label for="studio-on-request">{tr(|l| td_string!(l, studio_price_on_request))}</label>
                </div>
            </fieldset>
            <button type="submit" class="button">{tr(|l| td_string!(l, studio_check))}</button>
        </form>
    }
}

/// The texts a design has in every language.
#[derive(Clone, Copy, PartialEq)]
enum Texts {
    Name,
    Description,
}

impl Texts {
    fn field(self) -> &'static str {
        match self {
            Texts::Name => "name",
            Texts::Description => "description",
        }
    }

    fn of(self, d: &DesignDraft) -> &TextsAsTyped {
        match self {
            Texts::Name => &d.name,
            Texts::Description => &d.description,
        }
    }

    fn of_mut(self, d: &mut DesignDraft) -> &mut TextsAsTyped {
        match self {
            Texts::Name => &mut d.name,
            Texts::Description => &mut d.description,
        }
    }

    fn label(self, i18n: I18n, l: Lang) -> String {
        let lang = labels::language(i18n, l);
        match self {
            Texts::Name => t_string!(i18n, studio_name_in, lang = lang).to_string(),
            Texts::Description => t_string!(i18n, studio_description_in, lang = lang).to_string(),
        }
    }
}

fn finish_options(i18n: I18n) -> Vec<(String, String)> {
    Finish::ALL
        .iter()
        .map(|f| (f.key().to_owned(), labels::finish(i18n, *f)))
        .collect()
}

/// The design's sizes and finishes, each with its own weight: rows are added and removed here, and
/// only then is the list drawn again (typing in a row keeps its focus).
#[component]
fn Variants(form: Sheet) -> impl IntoView {
    let i18n = use_i18n();
    let count = Memo::new(move |_| form.draft.with(|d| d.variants.len()));
    let add = move |_| {
        let i = count.get_untracked();
        form.edit(format!("variants[{i}]"), |d| {
            d.variants.push(VariantDraft {
                finish: d.finish.clone(),
                ..VariantDraft::default()
            })
        })
    };
    let row = move |i: usize| {
        let n = i + 1;
        let get = move |pick: fn(&VariantDraft) -> &String| {
            Signal::derive(move || {
                form.draft.with(|d| {
                    d.variants
                        .get(i)
                        .map(|v| pick(v).clone())
                        .unwrap_or_default()
                })
            })
        };
        let set = move |part: &'static str, put: fn(&mut VariantDraft, String)| {
            Callback::new(move |v: String| {
                form.edit(format!("variants[{i}].{part}"), |d| {
                    if let Some(row) = d.variants.get_mut(i) {
                        put(row, v)
                    }
                })
            })
        };
        let remove = move |_| {
            form.edit(format!("variants[{i}]"), |d| {
                if i < d.variants.len() {
                    d.variants.remove(i);
                }
            })
        };
        view! {
            <fieldset class="variant-row">
                <legend>{move || t_string!(i18n, studio_variant, n = n).to_string()}</legend>
                <TextField id=format!("studio-variant-{n}-size") label=|l| td_string!(l, studio_variant_size)
                    value=get(|v| &v.size) on_input=set("size", |v, s| v.size = s)
                    error=form.error(format!("variants[{i}].size")) />
                <SelectField id=format!("studio-variant-{n}-finish") label=|l| td_string!(l, studio_finish)
                    options=Signal::derive(move || finish_options(i18n)) value=get(|v| &v.finish)
                    on_change=set("finish", |v, s| v.finish = s) error=form.error(format!("variants[{i}].finish")) />
                <TextField id=format!("studio-variant-{n}-weight") label=|l| td_string!(l, studio_weight)
                    value=get(|v| &v.weight_g) on_input=set("weight_g", |v, s| v.weight_g = s)
                    error=form.error(format!("variants[{i}].weight_g")) inputmode="decimal" />
                <button type="button" class="button button-quiet" on:click=remove>
                    {move || t_string!(i18n, studio_variant_remove, n = n).to_string()}
                </button>
            </fieldset>
        }
    };
    view! {
        <fieldset>
            <legend>{tr(|l| td_string!(l, studio_variants))}</legend>
            {move || (0..count.get()).map(row).collect_view()}
            <div class="actions">
                <button type="button" class="button button-quiet" on:click=add>{tr(|l| td_string!(l, studio_variant_add))}</button>
            </div>
        </fieldset>
    }
}

/// Every problem left, by field label, once the maker asked for the check; or that the draft is ready.
#[component]
fn Problems(form: Sheet) -> impl IntoView {
    move || {
        form.show_all.get().then(|| {
            let problems = form
                .checked
                .with(|r| r.as_ref().err().cloned().unwrap_or_default());
            view! { <ProblemSummary problems=problems /> }
        })
    }
}

/// A draft's problems, each by its field's label, or that it is ready to publish.
#[component]
pub(crate) fn ProblemSummary(problems: Vec<DraftProblem>) -> impl IntoView {
    let i18n = use_i18n();
    if problems.is_empty() {
        return view! { <p class="notice" role="status">{tr(|l| td_string!(l, studio_ready))}</p> }
            .into_any();
    }
    view! {
        <div class="error-summary active" role="alert">
            <h2>{tr(|l| td_string!(l, studio_problems))}</h2>
            <ul>
                {problems.iter().map(|p| {
                    let text = t_string!(
                        i18n,
                        studio_problem,
                        field = field_label(i18n, &p.field),
                        problem = labels::problem(i18n, &p.problem)
                    ).to_string();
                    view! { <li>{text}</li> }
                }).collect_view()}
            </ul>
        </div>
    }
    .into_any()
}

/// A field as the form labels it, for the list of problems.
fn field_label(i18n: I18n, field: &str) -> String {
    for texts in [Texts::Name, Texts::Description] {
        if let Some(lang) = field
            .strip_prefix(texts.field())
            .and_then(|rest| rest.strip_prefix('.'))
            .and_then(Lang::parse)
        {
            return texts.label(i18n, lang);
        }
    }
    if let Some((n, part)) = field
        .strip_prefix("variants[")
        .and_then(|rest| rest.split_once("]."))
    {
        let n = n.parse::<usize>().map_or(0, |i| i + 1);
        let row = t_string!(i18n, studio_variant, n = n).to_string();
        return format!("{row}, {}", field_label(i18n, part).to_lowercase());
    }
    if let Some((n, part)) = field
        .strip_prefix("photos[")
        .and_then(|rest| rest.split_once("]."))
    {
        let n = n.parse::<usize>().map_or(0, |i| i + 1);
        let photo = t_string!(i18n, studio_photo_n, n = n).to_string();
        let lang = part.strip_prefix("alt.").and_then(Lang::parse);
        // As labelled, not lowercased: German nouns keep their capitals, "CC BY" its letters.
        let what = match (lang, part) {
            (Some(l), _) => {
                let lang = labels::language(i18n, l);
                t_string!(i18n, studio_photo_alt, lang = lang).to_string()
            }
            (None, "credit.source") => t_string!(i18n, studio_photo_source).to_string(),
            (None, "credit.licence") => t_string!(i18n, studio_photo_licence).to_string(),
            (None, _) => return photo,
        };
        return format!("{photo}, {what}");
    }
    let list = field.split('[').next().unwrap_or(field);
    match list {
        "id" => t_string!(i18n, studio_id),
        "workshop" => t_string!(i18n, studio_workshop),
        "form" => t_string!(i18n, studio_form),
        "motifs" => t_string!(i18n, studio_motifs),
        "techniques" => t_string!(i18n, studio_techniques),
        "finish" => t_string!(i18n, studio_finish),
        "fineness" => t_string!(i18n, studio_fineness),
        "weight_g" => t_string!(i18n, studio_weight),
        "dimensions.width_mm" => t_string!(i18n, studio_width),
        "dimensions.height_mm" => t_string!(i18n, studio_height),
        "dimensions.depth_mm" => t_string!(i18n, studio_depth),
        "size" => t_string!(i18n, studio_variant_size),
        "tags" => t_string!(i18n, studio_tags),
        "date" => t_string!(i18n, studio_date),
        "trend" => t_string!(i18n, studio_pick_trend),
        _ => return field.to_owned(),
    }
    .to_string()
}

/// The design as the catalogue would draw and price it, once it is complete.
#[component]
fn Preview(form: Sheet, catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let settings = catalogue.settings.clone();
    let cat = StoredValue::new(catalogue);
    // The cover as a card will show it; made again only when the cover changes, not at every keystroke.
    let cover = Memo::new(move |_| {
        form.draft.with(|d| {
            d.photos.first().map(|p| {
                let path = p
                    .sizes
                    .get(1)
                    .or(p.sizes.first())
                    .map_or(p.src.clone(), |f| f.src.clone());
                (path, p.width, p.height, p.placeholder.clone())
            })
        })
    });
    let cover_alt = Signal::derive(move || {
        form.draft.with(|d| {
            d.photos
                .first()
                .map(|p| p.alt.as_typed(lang.get()).to_owned())
                .unwrap_or_default()
        })
    });
    view! {
        <section class="studio-preview" aria-labelledby="studio-preview-heading">
            <h2 id="studio-preview-heading">{tr(|l| td_string!(l, studio_preview))}</h2>
            {move || cover.get().map(|(path, width, height, placeholder)| view! {
                <div class="studio-preview-photo">
                    <DevicePhoto path=path width=width height=height placeholder=placeholder alt=cover_alt />
                </div>
            })}
            {move || match form.checked.get() {
                Err(_) => view! { <p class="hint">{tr(|l| td_string!(l, studio_preview_waiting))}</p> }.into_any(),
                Ok(design) => {
                    let lang = lang.get();
                    let motif = cat.with_value(|c| c.lead_motif(&design).cloned());
                    let description = t_string!(
                        i18n,
                        art_description,
                        form = labels::form(i18n, design.form).to_lowercase(),
                        motif = motif.as_ref().map(|m| m.name.get(lang).to_owned()).unwrap_or_else(|| t_string!(i18n, no_motif).to_string()),
                        finish = labels::finish(i18n, design.finish).to_lowercase()
                    ).to_string();
                    let svg = render_svg(
                        &ArtSpec::for_design(&design, motif.as_ref()),
                        &ArtText { title: design.name.get(lang), description: &description },
                    );
                    let far = weight_far_from_estimate(&design).map(|estimate| {
                        t_string!(
                            i18n,
                            studio_weight_far,
                            stated = format::decimal(design.weight_g, 1, lang),
                            estimate = format::decimal(estimate, 1, lang)
                        )
                        .to_string()
                    });
                    view! {
                        {far.map(|text| view! { <p class="notice">{text}</p> })}
                        <div class="art art-large" inner_html=svg></div>
                        <PriceTag settings=settings.clone() weight_g=design.weight_g fineness=design.fineness
                            techniques=design.techniques.clone() on_request=design.price_on_request />
                    }.into_any()
                }
            }}
        </section>
    }
}
