package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/curate"
)

const correctUsage = `Usage: accord correct SUBCOMMAND [--note WHY] [--author WHO] [--db DB] ARGS

An analyst's corrections of the record, kept apart from the extracted facts
and applied again after every ingest and rebuild:
  merge-actors A B            actor A is actor B (A's engagements become B's)
  split-actor A ARTICLE...    A's mentions in these articles are another person
  hide-engagement ID          leave an engagement out of every view
  redate-engagement ID DATE   an engagement's date (YYYY-MM-DD or YYYY-MM)
  retype-engagement ID TYPE   an engagement's type (phone_call, visit, …)
  hide-target ID              leave a target out of every view
  detach-statement ID STMT... statements (ARTICLE or ARTICLE:START) that are not the target's
  list [--json]               every correction
  undo ID                     remove a correction

Every correction needs --note saying why; --author defaults to $ACCORD_AUTHOR, else $USER.
`

// correctArgs are the positional arguments of each correction: its kind
// and the names of its arguments (the last may repeat when it ends in "...").
var correctArgs = map[string]struct {
	kind string
	args []string
}{
	"merge-actors":      {accord.CorrectMergeActors, []string{"actor", "other"}},
	"split-actor":       {accord.CorrectSplitActor, []string{"actor", "articles..."}},
	"hide-engagement":   {accord.CorrectHideEngagement, []string{"engagement"}},
	"redate-engagement": {accord.CorrectRedateEngagement, []string{"engagement", "date"}},
	"retype-engagement": {accord.CorrectRetypeEngagement, []string{"engagement", "type"}},
	"hide-target":       {accord.CorrectHideTarget, []string{"target"}},
	"detach-statement":  {accord.CorrectDetachStatement, []string{"target", "statement..."}},
}

func runCorrect(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(os.Stderr, correctUsage)
		if len(args) == 0 {
			return exitError{code: 2}
		}
		return nil
	}
	sub, args := args[0], args[1:]
	f := newFlags("correct "+sub, "ARGS").withJSON()
	note := f.String("note", "", "why the record is wrong (required)")
	author := f.String("author", defaultAuthor(), "who corrects ($ACCORD_AUTHOR, else $USER)")
	pos, err := f.parse(args)
	if err != nil {
		return exitError{code: 2}
	}
	switch sub {
	case "list":
		if len(pos) != 0 {
			return invalid("correct list takes no arguments")
		}
		return withStore(ctx, *f.db, openReader, func(s accord.Store) error {
			cs, err := curate.List(ctx, s)
			if err != nil {
				return err
			}
			if *f.json {
				if cs == nil {
					cs = []accord.Correction{}
				}
				return writeJSON(os.Stdout, cs)
			}
			dormant, err := curate.Dormant(ctx, s, cs)
			if err != nil {
				return err
			}
			asleep := map[int64]bool{}
			for _, c := range dormant {
				asleep[c.ID] = true
			}
			for _, c := range cs {
				line := curate.Describe(c)
				if asleep[c.ID] {
					line += "	(dormant: not in the record; it came from " + c.Anchor + ")"
				}
				fmt.Fprintln(stdout, line)
			}
			return nil
		})
	case "undo":
		if len(pos) != 1 {
			return accord.ErrorAt(accord.EINVALID, "id", "correct undo takes one correction id")
		}
		id, err := curate.ParseID(pos[0])
		if err != nil {
			return err
		}
		return withStore(ctx, *f.db, openStore, func(s accord.Store) error {
			c, err := curate.Undo(ctx, s, id)
			if err != nil {
				if accord.ErrorCode(err) == accord.ENOTFOUND {
					return accord.ErrorAt(accord.EINVALID, "id", "no correction %d", id)
				}
				return err
			}
			fmt.Fprintln(stdout, "undone:", curate.Describe(c))
			return nil
		})
	}
	spec, ok := correctArgs[sub]
	if !ok {
		return accord.ErrorAt(accord.EINVALID, "subcommand", "unknown correction %q (merge-actors, split-actor, hide-engagement, redate-engagement, retype-engagement, hide-target, detach-statement, list, undo)", sub)
	}
	last := spec.args[len(spec.args)-1]
	if len(pos) < len(spec.args) || (!strings.HasSuffix(last, "...") && len(pos) > len(spec.args)) {
		return accord.ErrorAt(accord.EINVALID, strings.TrimSuffix(last, "..."), "usage: accord correct %s %s --note WHY", sub, strings.ToUpper(strings.Join(spec.args, " ")))
	}
	c := accord.Correction{Kind: spec.kind, Target: pos[0], Note: *note, Author: *author}
	switch {
	case spec.kind == accord.CorrectMergeActors:
		c.Other = pos[1]
	case strings.HasSuffix(last, "..."):
		c.Articles = pos[1:]
	case len(pos) > 1:
		c.Value = pos[1]
	}
	return withStore(ctx, *f.db, openStore, func(s accord.Store) error {
		c, err := curate.Add(ctx, s, c)
		if err != nil {
			return err
		}
		if *f.json {
			return writeJSON(os.Stdout, c)
		}
		fmt.Fprintln(stdout, "corrected:", curate.Describe(c))
		return nil
	})
}

func withStore(ctx context.Context, dsn string, open func(context.Context, string) (accord.Store, error), fn func(accord.Store) error) error {
	s, err := open(ctx, dsn)
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(s)
}

func defaultAuthor() string {
	for _, k := range []string{"ACCORD_AUTHOR", "USER"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return ""
}
