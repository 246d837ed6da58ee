import { useState } from "react";
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSync16Regular } from "@fluentui/react-icons";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import type { TeamSettings } from "./storage";
import { fetchTeamLibrary, isTeamUrl } from "./teamFetch";
import { useSnippetStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * 团队短语库: the address of a read-only phrase file; 刷新 downloads it (the add-in's only
 * network request) and keeps a copy for offline use. Startup reads the copy, never the network.
 */
export function TeamPanel(props: { team: TeamSettings; onChange(settings: TeamSettings): void }) {
  const strings = useSnippetStrings();
  const locale = useLocale();
  const notify = useNotify();
  const styles = useStyles();
  const [url, setUrl] = useState(props.team.url);
  const [busy, setBusy] = useState(false);
  const [urlError, setUrlError] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cache = props.team.cache;

  const refresh = async () => {
    const address = url.trim();
    if (!isTeamUrl(address)) {
      setUrlError(true);
      return;
    }
    setUrlError(false);
    setBusy(true);
    try {
      const result = await fetchTeamLibrary(address);
      if (!result.ok) {
        setError(pick(result.error, locale));
        return;
      }
      setError(null);
      props.onChange({ url: address, cache: result.cache });
      notify.show("success", strings.teamUpdated(result.cache.snippets.length));
    } finally {
      setBusy(false);
    }
  };

  const turnOff = () => {
    props.onChange({ url: "", cache: null });
    setUrl("");
    setError(null);
    notify.show("info", strings.teamRemoved);
  };

  return (
    <div className={styles.root}>
      <Caption1 className={styles.hint}>{strings.teamHint}</Caption1>
      <Field
        label={strings.teamUrl}
        size="small"
        validationState={urlError ? "error" : "none"}
        validationMessage={urlError ? strings.teamUrlInvalid : undefined}
      >
        <Input
          size="small"
          type="url"
          value={url}
          placeholder="https://"
          onChange={(_, data) => setUrl(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") void refresh();
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button size="small" icon={<ArrowSync16Regular />} disabled={busy} onClick={() => void refresh()}>
          {busy ? strings.refreshing : strings.refresh}
        </Button>
        {(props.team.url || cache) && (
          <Button size="small" disabled={busy} onClick={turnOff}>
            {strings.removeTeam}
          </Button>
        )}
      </div>
      <Caption1 className={styles.hint} role="status">
        {cache ? strings.teamLastUpdated(new Date(cache.fetchedAt).toLocaleString(locale), cache.snippets.length) : props.team.url ? strings.teamNever : ""}
      </Caption1>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
