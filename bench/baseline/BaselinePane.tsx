// The baseline of the start-up benchmark: the shape of Microsoft's Yeoman React task pane
// (React 19 + Fluent UI v9, a FluentProvider, a TabList of four tabs and a Button), built with the
// same webpack configuration as ours, so the bench can say how much of our start-up is ours.
import { useState } from "react";
import { Button, FluentProvider, Tab, TabList, Text, webLightTheme } from "@fluentui/react-components";

const TABS = ["骨架", "短语", "数据", "排版与检查"];

export function BaselinePane() {
  const [tab, setTab] = useState(TABS[0]!);
  return (
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(String(data.value))}>
        {TABS.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <div style={{ padding: 12 }}>
        <Text as="p">{tab}</Text>
        <Button appearance="primary">插入</Button>
      </div>
    </FluentProvider>
  );
}
