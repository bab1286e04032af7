package sqlite

import (
	"context"
	"database/sql"
	"strings"
)

// maxRows bounds the rows of one multi-row statement (and so how many
// statements of different sizes a transaction prepares).
const maxRows = 64

// multiRow writes many rows with one statement of as many VALUES tuples
// rather than one statement a row: in a bulk load each statement (binding,
// stepping, resetting, through database/sql) costs more than the row it
// writes. Statements are prepared once per size within a transaction; the
// rows are written in the order given, as one statement a row would.
type multiRow struct {
	tx    *sql.Tx
	query func(rows int) string // the statement for so many rows
	cols  int
	stmts map[int]*sql.Stmt
}

// newMultiRow writes rows: prefix is the statement up to VALUES, suffix
// what follows the tuples (ON CONFLICT …).
func newMultiRow(tx *sql.Tx, prefix, suffix string, cols int) *multiRow {
	tuple := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	return &multiRow{tx: tx, cols: cols, stmts: map[int]*sql.Stmt{}, query: func(rows int) string {
		return prefix + " VALUES " + strings.TrimSuffix(strings.Repeat(tuple+", ", rows), ", ") + suffix
	}}
}

// newMultiOr deletes (or selects) rows: prefix up to WHERE, term the
// condition of one row, with cols parameters, the terms joined by OR. Each
// term a search of an index (term names its every column), SQLite looks
// each row up (MULTI-INDEX OR), as one statement a row would.
func newMultiOr(tx *sql.Tx, prefix, term string, cols int) *multiRow {
	return &multiRow{tx: tx, cols: cols, stmts: map[int]*sql.Stmt{}, query: func(rows int) string {
		return prefix + " WHERE " + strings.TrimSuffix(strings.Repeat("("+term+") OR ", rows), " OR ")
	}}
}

// exec writes args, cols values a row.
func (m *multiRow) exec(ctx context.Context, args []any) error {
	for len(args) > 0 {
		part := args[:min(len(args), maxRows*m.cols)]
		args = args[len(part):]
		rows := len(part) / m.cols
		st := m.stmts[rows]
		if st == nil {
			var err error
			if st, err = m.tx.PrepareContext(ctx, m.query(rows)); err != nil {
				return err
			}
			m.stmts[rows] = st
		}
		if _, err := st.ExecContext(ctx, part...); err != nil {
			return err
		}
	}
	return nil
}

func (m *multiRow) close() {
	for _, st := range m.stmts {
		st.Close()
	}
}
