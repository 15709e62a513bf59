// Monaco's web workers (editor, JSON, GraphQL), bundled by Vite from this chunk: set before any editor exists.
import '@graphiql/react/setup-workers/vite';
// GraphiQL's own styles without the copies of Roboto and Fira Code that graphiql/style.css inlines (about
// 300 KB gzipped): the system's sans-serif and monospace fonts serve. Monaco's styles come with its modules.
import '@graphiql/react/style.css';
import 'graphiql/graphiql.css';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { Box, Flex, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GraphiQL } from 'graphiql';
import { useGraphiQL } from '@graphiql/react';
import { useViewer } from '../ui/viewer';
import { LoadingState } from '../ui/states';
import { SavedQueries, type EditorDocument } from './SavedQueries';
import { storageOf, workbenchFetcher } from './workbenchFetcher';

const DEFAULT_QUERY = `# Reads run with your session; analysts may read, never write.
query Partners {
  partners(first: 10) {
    totalCount
    edges {
      node { code name status country }
    }
  }
}
`;

interface EditorAccess {
  read(): EditorDocument;
  open(document: EditorDocument): void;
}

/** Inside GraphiQL's provider: hands its editors to the saved-queries list, which sits outside it. */
function EditorBridge({ access }: { access: RefObject<EditorAccess | null> }) {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  useEffect(() => {
    access.current = queryEditor
      ? {
          read: () => ({ query: queryEditor.getValue(), variables: variableEditor?.getValue() ?? '' }),
          open: ({ query, variables }) => {
            // Through the editors' models, so that GraphiQL's tab (and its storage) follows as if typed.
            queryEditor.setValue(query);
            variableEditor?.setValue(variables);
            queryEditor.focus();
          },
        }
      : null;
    return () => {
      access.current = null;
    };
  }, [access, queryEditor, variableEditor]);
  return null;
}

/**
 * The analysts' GraphQL workbench: GraphiQL 5 (Monaco editors, schema docs from introspection, history)
 * against Trellis's own /graphql with the viewer's session, and the viewer's saved queries beside it.
 * This module and everything it imports is one lazy chunk, loaded on the analytics portal's workbench tab only.
 */
export default function Workbench() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const access = useRef<EditorAccess | null>(null);
  const storage = useMemo(() => (viewer ? storageOf(viewer.id) : null), [viewer]);
  const current = useCallback(() => access.current?.read() ?? null, []);
  const open = useCallback((document: EditorDocument) => access.current?.open(document), []);
  if (!storage) return <LoadingState />;
  return (
    <Flex direction={{ base: 'column', md: 'row' }} gap="md" align="stretch">
      <Box w={{ base: '100%', md: 280 }} style={{ flexShrink: 0 }}>
        <SavedQueries current={current} onOpen={open} />
      </Box>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" c="dimmed" mb="xs">
          {t('workbench.intro')}
        </Text>
        {/* GraphiQL needs a width for its editors side by side: on a phone it scrolls sideways in here, the page does not. */}
        <Box style={{ overflowX: 'auto' }} data-testid="workbench">
          <Box miw={720} h={{ base: 620, md: 'max(560px, calc(100dvh - 260px))' }}>
            <GraphiQL
              fetcher={workbenchFetcher}
              storage={storage}
              defaultQuery={DEFAULT_QUERY}
              isHeadersEditorEnabled={false}
              shouldPersistHeaders={false}
              forcedTheme="light"
            >
              {/* Instead of GraphiQL's own logo: a link off-site, in a grey too faint to read (axe: color-contrast). */}
              <GraphiQL.Logo>
                <Text span fw={500} c="dark.7">
                  GraphQL
                </Text>
              </GraphiQL.Logo>
              <EditorBridge access={access} />
            </GraphiQL>
          </Box>
        </Box>
      </Box>
    </Flex>
  );
}
