use leptos::prelude::*;

use crate::domain::ItemRef;
use crate::domain::shared::ids::uuid_v4;
use crate::domain::studio::boards::{self, Board, BoardProblem};
use crate::platform::{net, storage};
use crate::state::{Persisted, Stored, persisted, report_failed_write};

/// The maker's boards on this device, stored in the export file's own format so that storage and files
/// are read by one checked parser. Read from storage the first time a page asks for them, so that
/// their code stays with the pages that show boards rather than in the first module.
#[derive(Clone, Copy)]
pub struct Boards {
    stored: StoredValue<Option<Persisted<Vec<Board>>>>,
    /// The app's owner, so that the stored value lives as long as the app, not the page that first
    /// asked for it.
    owner: StoredValue<Owner>,
}

impl Boards {
    fn stored(&self) -> Persisted<Vec<Board>> {
        if let Some(s) = self.stored.get_value() {
            return s;
        }
        let s = self
            .owner
            .with_value(|o| o.with(|| persisted(storage::BOARDS_KEY, Stored::Boards)));
        self.stored.set_value(Some(s));
        s
    }

    pub fn list(&self) -> Signal<Vec<Board>> {
        self.stored().signal()
    }

    /// Creates a board and returns its id.
    pub fn create(&self, name: &str) -> Result<String, BoardProblem> {
        let name = boards::check_name(name)?;
        let list = self.stored();
        if list.with_untracked(|l| l.len()) >= boards::MAX_BOARDS {
            return Err(BoardProblem::TooManyBoards {
                max: boards::MAX_BOARDS,
            });
        }
        let id = uuid_v4(net::random_bytes());
        list.update(|l| {
            l.push(Board {
                id: id.clone(),
                name,
                items: Vec::new(),
            })
        });
        Ok(id)
    }

    pub fn add(&self, board: &str, target: ItemRef, note: String) -> Result<(), BoardProblem> {
        let mut result = Ok(());
        self.stored().update(|l| {
            if let Some(b) = l.iter_mut().find(|b| b.id == board) {
                result = boards::add_item(b, target, note);
            }
        });
        result
    }

    pub fn remove_item(&self, board: &str, index: usize) {
        self.stored().update(|l| {
            if let Some(b) = l.iter_mut().find(|b| b.id == board)
                && index < b.items.len()
            {
                b.items.remove(index);
            }
        });
    }

    pub fn delete(&self, board: &str) {
        self.stored().update(|l| l.retain(|b| b.id != board));
    }

    pub fn import(&self, text: &str) -> Result<usize, BoardProblem> {
        let imported = boards::import_as_new(text, || uuid_v4(net::random_bytes()))?;
        let list = self.stored();
        let mut all = list.get_untracked();
        let n = boards::merge(&mut all, imported)?;
        list.set(&all);
        Ok(n)
    }

    /// The kiosk's idle reset. Boards never read here are cleared in storage without being read.
    pub fn clear(&self) {
        match self.stored.get_value() {
            Some(list) => list.set(&Vec::new()),
            None => {
                if let Err(fault) = storage::remove(storage::BOARDS_KEY) {
                    report_failed_write(Stored::Boards, fault);
                }
            }
        }
    }
}

pub fn provide_boards() {
    provide_context(Boards {
        stored: StoredValue::new(None),
        owner: StoredValue::new(Owner::current().unwrap_or_default()),
    });
}

pub fn use_boards() -> Boards {
    expect_context::<Boards>()
}
