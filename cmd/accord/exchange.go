package main

import (
	"os"
	"path/filepath"

	"golang.org/x/term"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/exchange"
)

// Export formats of accord export --format.
const (
	formatJSON   = "json"
	formatCSV    = "csv"
	formatPLOVER = "plover"
)

// writeExchange writes an export document in a format other than JSON: csv
// is a folder of tables (out names the folder), plover one CSV file (or
// standard output).
func writeExchange(doc *accord.Export, format, out string) error {
	switch format {
	case formatCSV:
		if out == "" || out == "-" {
			return invalid("export: --format csv writes one file a table: name a folder with -o DIR")
		}
		return writeTables(out, exchange.Tables(doc))
	case formatPLOVER:
		return writeOut(out, exchange.PLOVERTable(doc).WriteCSV)
	}
	return invalid("export: unknown --format %q (json, csv or plover)", format)
}

// writeTables writes each table to DIR/NAME.csv, each file through writeOut
// as every other output of accord is written.
func writeTables(dir string, ts []exchange.Table) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, t := range ts {
		if err := writeOut(filepath.Join(dir, t.Name+".csv"), t.WriteCSV); err != nil {
			return err
		}
	}
	return nil
}

// printCSV prints a list command's table on standard output; on a terminal
// with control characters escaped (see safeWriter), in a pipe as stored.
func printCSV(t exchange.Table) error {
	if term.IsTerminal(int(os.Stdout.Fd())) {
		return t.WriteCSV(stdout)
	}
	return t.WriteCSV(os.Stdout)
}
