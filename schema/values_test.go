package schema

import (
	"testing"

	"github.com/cayleygraph/quad"
)

func TestTextOf(t *testing.T) {
	tests := []struct {
		in   quad.Value
		want string
	}{
		{nil, ""},
		{quad.String("Jo Bloggs"), "Jo Bloggs"},
		{quad.LangString{Value: "Cyngor", Lang: "cy"}, "Cyngor"},
		{quad.TypedString{Value: "0.8", Type: Decimal}, "0.8"},
		{quad.Int(42), "42"},
		{quad.IRI("https://w3id.org/actorgraph/id/jo-bloggs"), "https://w3id.org/actorgraph/id/jo-bloggs"},
		{quad.BNode("b1"), "b1"},
	}
	for _, tt := range tests {
		if got := TextOf(tt.in); got != tt.want {
			t.Errorf("TextOf(%#v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
