package main

import (
	"encoding/json"
	"fmt"
	"github.com/actorgraph/actorgraph/graph"
	"io"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/schema"
)

func newVocabCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "vocab [--format turtle|trig|nquads|jsonld|context] [-o FILE]",
		Short: "Publish the graph's vocabulary: the ag: terms as RDF, or the JSON-LD @context",
		Long: `vocab writes the description of the ag: vocabulary (https://w3id.org/actorgraph/ns#)
as RDF in the default graph: each class with rdfs:label, rdfs:comment and
rdfs:subClassOf; each action predicate with rdfs:label, rdfs:comment,
rdfs:domain, rdfs:range and skos:closeMatch to its PLOVER category
(demandsResignationOf REQUEST, criticises and blames ACCUSE, supports SUPPORT,
agreesWith AGREE, inspects INVESTIGATE); the event properties likewise.

--format context writes the JSON-LD @context that 'export --format jsonld'
embeds, for publishing at ` + schema.ContextIRI + `.
It needs no store.`,
		Example: `  actorgraph vocab
  actorgraph vocab --format context -o context.jsonld
  actorgraph vocab --format nquads | actorgraph load -`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.vocab(cmd)
		},
	}
	f := cmd.Flags()
	f.String("format", "turtle", "turtle, trig, nquads, jsonld, or context (the JSON-LD @context)")
	f.StringP("output", "o", "", "write to this file instead of standard output")
	return cmd
}

func (a *app) vocab(cmd *cobra.Command) error {
	name, _ := cmd.Flags().GetString("format")
	out, _ := cmd.Flags().GetString("output")
	if out == "-" {
		out = ""
	}
	if name == "context" {
		return a.writeOutput(out, func(w io.Writer) error { return writeJSON(w, schema.ContextDocument()) })
	}
	f, err := export.ParseFormat(name)
	if err != nil || !f.RDF() {
		return usagef("vocab: unknown format %q (want turtle, trig, nquads, jsonld or context)", name)
	}
	err = a.writeOutput(out, func(w io.Writer) error {
		_, err := export.WriteRDF(cmd.Context(), f, w, graph.Quads(schema.VocabularyQuads()), export.RDFOptions{})
		return err
	})
	if err != nil {
		return fmt.Errorf("vocab: %w", err)
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
