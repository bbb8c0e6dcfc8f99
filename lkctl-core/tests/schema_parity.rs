//! Two databases, one schema (issue 15): migrate SQLite and PostgreSQL and compare tables,
//! columns (type class, nullability, primary key), unique constraints, indexes (columns,
//! uniqueness, partial or not) and the audit log's append-only triggers. Only the
//! differences listed in [`ALLOWED`] may exist, each with the reason it is fine.

mod store_support;

use std::collections::BTreeSet;

use lkctl_core::store::Backend;
use lkctl_core::store::testing::TestDb;

/// Differences that are deliberate. Each entry is one line of the rendered schema that only
/// one side has, prefixed by the side (`sqlite:` or `postgres:`).
const ALLOWED: &[(&str, &str)] = &[
    (
        "postgres: column transcript_segments.search_tsv other(tsvector) null",
        "full-text search: PostgreSQL indexes a generated tsvector, SQLite an FTS5 table",
    ),
    (
        "postgres: column chat_messages.search_tsv other(tsvector) null",
        "full-text search: PostgreSQL indexes a generated tsvector, SQLite an FTS5 table",
    ),
    (
        "postgres: index transcript_segments_search on transcript_segments (search_tsv)",
        "full-text search: the GIN index of the tsvector",
    ),
    (
        "postgres: index chat_messages_search on chat_messages (search_tsv)",
        "full-text search: the GIN index of the tsvector",
    ),
    (
        "sqlite: trigger transcript_segments after insert maintains",
        "full-text search: triggers keep the FTS5 table in step (PostgreSQL generates it)",
    ),
    (
        "sqlite: trigger transcript_segments after update maintains",
        "full-text search: triggers keep the FTS5 table in step (PostgreSQL generates it)",
    ),
    (
        "sqlite: trigger transcript_segments after delete maintains",
        "full-text search: triggers keep the FTS5 table in step (PostgreSQL generates it)",
    ),
    (
        "sqlite: trigger chat_messages after insert maintains",
        "full-text search: triggers keep the FTS5 table in step (PostgreSQL generates it)",
    ),
    (
        "sqlite: trigger chat_messages after update maintains",
        "full-text search: triggers keep the FTS5 table in step (PostgreSQL generates it)",
    ),
    (
        "sqlite: trigger chat_messages after delete maintains",
        "full-text search: triggers keep the FTS5 table in step (PostgreSQL generates it)",
    ),
];

/// Tables only SQLite has, by name prefix: the FTS5 search table and its shadow tables
/// (`search_fts_data`, `_idx`, `_content`, `_docsize`, `_config`), which SQLite creates and
/// manages; PostgreSQL searches generated `tsvector` columns instead.
const SQLITE_ONLY_TABLES: &[(&str, &str)] = &[(
    "search_fts",
    "full-text search (FTS5 virtual table and its shadow tables)",
)];

/// Whether a fact is about a table listed in [`SQLITE_ONLY_TABLES`].
fn sqlite_only(line: &str) -> bool {
    let Some(fact) = line.strip_prefix("sqlite: ") else {
        return false;
    };
    let table = fact
        .strip_prefix("table ")
        .or_else(|| fact.strip_prefix("column "))
        .or_else(|| fact.strip_prefix("primary key "))
        .map(|rest| rest.split(['.', ' ']).next().unwrap_or(""));
    table.is_some_and(|t| {
        SQLITE_ONLY_TABLES
            .iter()
            .any(|(prefix, _)| t == *prefix || t.starts_with(&format!("{prefix}_")))
    })
}

/// One fact about the schema, rendered as a line so differences read well.
type Facts = BTreeSet<String>;

/// The type class of a declared column type: what the application can rely on.
fn type_class(declared: &str) -> String {
    let t = declared.to_ascii_lowercase();
    let class = match t.as_str() {
        "integer" | "bigint" | "int8" | "int4" | "int" => "int",
        "text" | "character varying" | "varchar" => "text",
        "boolean" | "bool" => "bool",
        "real" | "double precision" | "float8" => "float",
        "blob" | "bytea" => "bytes",
        "json" | "jsonb" => "json",
        _ => return format!("other({t})"),
    };
    class.to_string()
}

async fn sqlite_facts(pool: &sqlx::SqlitePool) -> Facts {
    let mut facts = Facts::new();
    let tables: Vec<(String,)> = sqlx::query_as(
        "SELECT name FROM sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations' ORDER BY name",
    )
    .fetch_all(pool)
    .await
    .expect("tables");
    for (table,) in tables {
        facts.insert(format!("table {table}"));
        let cols: Vec<(String, String, i64, i64)> = sqlx::query_as(
            "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid",
        )
        .bind(&table)
        .fetch_all(pool)
        .await
        .expect("columns");
        let mut pk: Vec<(i64, String)> = Vec::new();
        for (name, ty, notnull, pk_pos) in cols {
            let null = if notnull == 1 { "not null" } else { "null" };
            facts.insert(format!("column {table}.{name} {} {null}", type_class(&ty)));
            if pk_pos > 0 {
                pk.push((pk_pos, name));
            }
        }
        if !pk.is_empty() {
            pk.sort();
            let cols: Vec<String> = pk.into_iter().map(|(_, c)| c).collect();
            facts.insert(format!("primary key {table} ({})", cols.join(", ")));
        }
        let indexes: Vec<(String, i64, String, i64)> =
            sqlx::query_as("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)")
                .bind(&table)
                .fetch_all(pool)
                .await
                .expect("indexes");
        for (index, unique, origin, partial) in indexes {
            if origin == "pk" {
                continue; // reported as the primary key
            }
            let cols: Vec<(String,)> =
                sqlx::query_as("SELECT name FROM pragma_index_info(?) ORDER BY seqno")
                    .bind(&index)
                    .fetch_all(pool)
                    .await
                    .expect("index columns");
            let cols: Vec<String> = cols.into_iter().map(|(c,)| c).collect();
            facts.insert(render_index(
                &table,
                &index,
                origin == "u",
                unique == 1,
                partial == 1,
                &cols,
            ));
        }
    }
    let triggers: Vec<(String, String)> =
        sqlx::query_as("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
            .fetch_all(pool)
            .await
            .expect("triggers");
    for (table, sql) in triggers {
        let sql = sql.to_ascii_uppercase();
        // A trigger that raises refuses the statement; any other maintains derived data.
        let does = if sql.contains("RAISE(") {
            "refuses"
        } else {
            "maintains"
        };
        let timing = if sql.contains(" BEFORE ") {
            "before"
        } else {
            "after"
        };
        for event in ["INSERT", "UPDATE", "DELETE"] {
            if sql.contains(&format!(" {event} ON")) || sql.contains(&format!(" {event} OF")) {
                facts.insert(format!(
                    "trigger {table} {timing} {} {does}",
                    event.to_ascii_lowercase()
                ));
            }
        }
    }
    facts
}

/// Unique constraints are compared by columns only (their index names are generated by
/// each database); named indexes by name too.
fn render_index(
    table: &str,
    name: &str,
    constraint: bool,
    unique: bool,
    partial: bool,
    cols: &[String],
) -> String {
    let kind = if unique { "unique index" } else { "index" };
    let partial = if partial { " partial" } else { "" };
    if constraint {
        format!("unique constraint {table} ({})", cols.join(", "))
    } else {
        format!("{kind} {name} on {table} ({}){partial}", cols.join(", "))
    }
}

/// `(name, unique, primary, partial, constraint type, columns in order)`.
type PgIndexRow = (String, bool, bool, bool, Option<String>, Vec<String>);

async fn postgres_facts(pool: &sqlx::PgPool) -> Facts {
    let mut facts = Facts::new();
    let tables: Vec<(String,)> = sqlx::query_as(
        "SELECT table_name::text FROM information_schema.tables \
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' \
         AND table_name <> '_sqlx_migrations' ORDER BY table_name",
    )
    .fetch_all(pool)
    .await
    .expect("tables");
    for (table,) in tables {
        facts.insert(format!("table {table}"));
        let cols: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT column_name::text, data_type::text, is_nullable::text \
             FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
        )
        .bind(&table)
        .fetch_all(pool)
        .await
        .expect("columns");
        for (name, ty, nullable) in cols {
            let null = if nullable == "YES" {
                "null"
            } else {
                "not null"
            };
            facts.insert(format!("column {table}.{name} {} {null}", type_class(&ty)));
        }
        // Indexes with their columns in order, uniqueness, partiality, and whether they back
        // a constraint (primary key or UNIQUE).
        let indexes: Vec<PgIndexRow> = sqlx::query_as(
            "SELECT ic.relname::text, ix.indisunique, ix.indisprimary, ix.indpred IS NOT NULL, \
                    con.contype::text, \
                    ARRAY(SELECT a.attname::text FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, n) \
                          JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum \
                          ORDER BY k.n) \
             FROM pg_index ix \
             JOIN pg_class ic ON ic.oid = ix.indexrelid \
             JOIN pg_class tc ON tc.oid = ix.indrelid \
             JOIN pg_namespace ns ON ns.oid = tc.relnamespace \
             LEFT JOIN pg_constraint con ON con.conindid = ix.indexrelid \
             WHERE ns.nspname = current_schema() AND tc.relname = $1",
        )
        .bind(&table)
        .fetch_all(pool)
        .await
        .expect("indexes");
        for (index, unique, primary, partial, contype, cols) in indexes {
            if primary {
                facts.insert(format!("primary key {table} ({})", cols.join(", ")));
                continue;
            }
            let constraint = contype.as_deref() == Some("u");
            facts.insert(render_index(
                &table, &index, constraint, unique, partial, &cols,
            ));
        }
    }
    let triggers: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT event_object_table::text, action_timing::text, event_manipulation::text \
         FROM information_schema.triggers WHERE trigger_schema = current_schema()",
    )
    .fetch_all(pool)
    .await
    .expect("triggers");
    for (table, timing, event) in triggers {
        facts.insert(format!(
            "trigger {table} {} {} refuses",
            timing.to_ascii_lowercase(),
            event.to_ascii_lowercase()
        ));
    }
    facts
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_and_postgres_migrate_to_the_same_schema() {
    let pg = store_support::postgres("schema parity").await;
    let lite = TestDb::sqlite().await.expect("SQLite test database");
    let (Backend::Sqlite(lite_pool), Backend::Postgres(pg_pool)) =
        (lite.store.backend(), pg.store.backend())
    else {
        panic!("backends")
    };
    let lite_facts = sqlite_facts(lite_pool).await;
    let pg_facts = postgres_facts(pg_pool).await;
    lite.cleanup().await;
    pg.cleanup().await;

    // The comparison is not vacuous: both sides see the tables and the partial unique index.
    for facts in [&lite_facts, &pg_facts] {
        assert!(facts.contains("table bans"), "{facts:#?}");
        assert!(
            facts.contains(
                "unique index bans_one_active on bans (room_key, subject_kind, subject) partial"
            ),
            "{facts:#?}"
        );
        assert!(
            facts.contains("trigger audit_log before update refuses"),
            "{facts:#?}"
        );
        assert!(
            facts.contains("trigger audit_log before delete refuses"),
            "{facts:#?}"
        );
    }
    let allowed: BTreeSet<String> = ALLOWED
        .iter()
        .map(|(line, _why)| line.to_string())
        .collect();
    let only: Vec<String> = lite_facts
        .difference(&pg_facts)
        .map(|l| format!("sqlite: {l}"))
        .chain(
            pg_facts
                .difference(&lite_facts)
                .map(|l| format!("postgres: {l}")),
        )
        .filter(|l| !allowed.contains(l) && !sqlite_only(l))
        .collect();
    assert!(
        only.is_empty(),
        "the migrations disagree (fix one side, or list a deliberate difference in ALLOWED):\n{}",
        only.join("\n")
    );
}

#[test]
fn type_classes_group_what_the_backends_call_differently() {
    assert_eq!(type_class("INTEGER"), type_class("bigint"));
    assert_eq!(type_class("REAL"), type_class("double precision"));
    assert_eq!(type_class("BOOLEAN"), type_class("boolean"));
    assert_ne!(type_class("TEXT"), type_class("BIGINT"));
    assert_eq!(type_class("money"), "other(money)");
}
