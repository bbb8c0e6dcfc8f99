//! Throwaway databases for tests (this crate's and the front ends').
//!
//! [`TestDb::sqlite`] makes a temporary SQLite file; [`TestDb::postgres`] creates a database
//! named `lkctl_test_<random>` on the server at `LKCTL_TEST_PG_URL` (default
//! `postgres://postgres@127.0.0.1:5432/postgres`, trust auth) and drops it in
//! [`TestDb::cleanup`]. Both return a migrated [`Store`].

use std::path::PathBuf;

use sqlx::Connection;
use sqlx::postgres::PgConnection;

use super::Store;
use crate::error::{Error, Result};

/// Environment variable naming the PostgreSQL server for tests.
pub const PG_URL_ENV: &str = "LKCTL_TEST_PG_URL";
/// Default PostgreSQL server for tests.
pub const DEFAULT_PG_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// A throwaway database and the store opened on it.
#[derive(Debug)]
pub struct TestDb {
    /// The migrated store.
    pub store: Store,
    /// URL to open more stores (other "processes") on the same database.
    pub url: String,
    dir: Option<PathBuf>,
    pg: Option<(String, String)>,
}

impl TestDb {
    /// A fresh SQLite file in a new temporary directory.
    pub async fn sqlite() -> Result<Self> {
        let dir = std::env::temp_dir().join(format!(
            "lkctl-test-{}",
            super::new_id(super::IdKind::Audit).to_lowercase()
        ));
        let path = dir.join("nested/lkctl.db");
        let url = format!("sqlite://{}", path.display());
        let store = Store::open(&url).await?;
        Ok(Self {
            store,
            url,
            dir: Some(dir),
            pg: None,
        })
    }

    /// A fresh PostgreSQL database on the test server.
    pub async fn postgres() -> Result<Self> {
        let admin_url = std::env::var(PG_URL_ENV).unwrap_or_else(|_| DEFAULT_PG_URL.into());
        let name = format!(
            "lkctl_test_{}",
            super::new_id(super::IdKind::Audit)[3..].to_lowercase()
        );
        let mut admin =
            PgConnection::connect(&admin_url)
                .await
                .map_err(|e| Error::Unavailable {
                    url: super::mask_url(&admin_url),
                    reason: format!("{e} (start PostgreSQL or set {PG_URL_ENV})"),
                    source: Some(e.into()),
                })?;
        // The name is generated here from a fixed alphabet, so formatting it in is safe.
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await?;
        let _ = admin.close().await;
        let mut url =
            url::Url::parse(&admin_url).map_err(|e| Error::invalid(PG_URL_ENV, e.to_string()))?;
        url.set_path(&name);
        let url = url.to_string();
        match Store::open(&url).await {
            Ok(store) => Ok(Self {
                store,
                url,
                dir: None,
                pg: Some((admin_url, name)),
            }),
            Err(e) => {
                drop_database(&admin_url, &name).await;
                Err(e)
            }
        }
    }

    /// Close the store and remove the database.
    pub async fn cleanup(self) {
        self.store.close().await;
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
        if let Some((admin_url, name)) = &self.pg {
            drop_database(admin_url, name).await;
        }
    }
}

async fn drop_database(admin_url: &str, name: &str) {
    match PgConnection::connect(admin_url).await {
        Ok(mut admin) => {
            let drop = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            if let Err(e) = sqlx::query(sqlx::AssertSqlSafe(drop))
                .execute(&mut admin)
                .await
            {
                eprintln!("could not drop test database {name}: {e}");
            }
            let _ = admin.close().await;
        }
        Err(e) => eprintln!("could not drop test database {name}: {e}"),
    }
}
