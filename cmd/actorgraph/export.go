package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"
)

func newExportCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "export --format nquads [-o FILE]",
		Short: "Write the whole graph out, labels included",
		Long: `export writes the store's quads to standard output or a file. The graph is
streamed: a large store is never held in memory.`,
		Example: `  actorgraph export --format nquads -o graph.nq`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.export(cmd)
		},
	}
	f := cmd.Flags()
	f.String("format", "nquads", "output format: nquads")
	f.StringP("output", "o", "", "write to this file instead of standard output")
	return cmd
}

func (a *app) export(cmd *cobra.Command) error {
	format, _ := cmd.Flags().GetString("format")
	out, _ := cmd.Flags().GetString("output")
	if format != "nquads" {
		return usagef("export: unknown format %q (want nquads)", format)
	}
	st, err := a.openStore(cmd.Context())
	if err != nil {
		return err
	}
	defer st.Close()
	var w io.Writer = a.stdout
	var f *os.File
	if out != "" && out != "-" {
		if f, err = os.Create(out); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	qw := nquads.NewWriter(bw)
	if err := st.Quads(cmd.Context(), func(q quad.Quad) error { return qw.WriteQuad(q) }); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if f != nil {
		return f.Close()
	}
	return nil
}
