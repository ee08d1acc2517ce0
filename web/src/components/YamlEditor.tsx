// CodeMirror 6 with YAML highlighting and the API's validation as lint diagnostics in the gutter.
import { yaml } from '@codemirror/lang-yaml';
import { type Diagnostic, linter, lintGutter } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { basicSetup, EditorView } from 'codemirror';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { api } from '../api';
import type { Problem } from '../types';

export interface YamlEditorHandle {
  text(): string;
  setText(text: string): void;
  goTo(line: number, column?: number): void;
}

interface Props {
  initial: string;
  file: string;
  onChange: (text: string) => void;
  onProblems: (problems: Problem[] | null) => void;
}

export const YamlEditor = forwardRef<YamlEditorHandle, Props>(function YamlEditor(
  { initial, file, onChange, onProblems },
  ref,
) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onProblems });
  callbacks.current = { onChange, onProblems };

  // The editor is created once; later texts go through setText.
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once on purpose
  useEffect(() => {
    const validation = linter(
      async (v) => {
        const text = v.state.doc.toString();
        try {
          const { problems } = await api.validate(text, file);
          callbacks.current.onProblems(problems);
          const doc = v.state.doc;
          return problems.map((p): Diagnostic => {
            const line = doc.line(Math.min(Math.max(1, p.line ?? 1), doc.lines));
            const from = Math.min(line.from + Math.max(0, (p.column ?? 1) - 1), line.to);
            return {
              from,
              to: Math.max(from, line.to),
              severity: p.severity,
              message: p.formatted,
            };
          });
        } catch {
          callbacks.current.onProblems(null);
          return [];
        }
      },
      { delay: 350 },
    );
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initial,
        extensions: [
          basicSetup,
          yaml(),
          lintGutter(),
          validation,
          EditorView.contentAttributes.of({ 'aria-label': 'Scenario YAML' }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) callbacks.current.onChange(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => v.destroy();
  }, []);

  useImperativeHandle(ref, () => ({
    text: () => view.current?.state.doc.toString() ?? '',
    setText: (text) => {
      const v = view.current;
      if (v) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text } });
    },
    goTo: (line, column = 1) => {
      const v = view.current;
      if (!v) return;
      const l = v.state.doc.line(Math.min(Math.max(1, line), v.state.doc.lines));
      const pos = Math.min(l.from + column - 1, l.to);
      v.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      v.focus();
    },
  }));

  return <div className="editor" ref={host} />;
});
