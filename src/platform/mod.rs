//! The only code that touches browser APIs. Everything else can be reasoned about (and tested) without a
//! browser.

pub mod chunks;
pub mod crash;
pub mod data;
pub mod files;
pub mod frame;
pub mod insights_store;
pub mod json_store;
pub mod kiosk;
pub mod locales;
pub mod location;
pub mod locks;
pub mod net;
pub mod offline;
pub mod outbox_store;
pub mod overlay_store;
pub mod photo_cache;
pub mod photo_store;
pub mod photo_worker;
pub mod scroll;
pub mod service_worker;
pub mod storage;
pub mod studio_store;
pub mod visibility;
