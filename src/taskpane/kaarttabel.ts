import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Tables that become stacked cards below 400 px: each row a card, each cell a line "label: value" (the label
 * comes from the cell's data-label). A task pane is about 350 px wide; four columns do not fit in it. Tables
 * that use it give their parts explicit roles (table, row, cell): a browser drops table semantics once the CSS
 * display of a table's parts changes.
 */
export const useKaartTabel = makeStyles({
  tabel: {
    "@media (max-width: 400px)": {
      "& thead": { display: "none" },
      "& tbody, & tr, & td": { display: "block", width: "100%", boxSizing: "border-box" },
      "& tr": { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXS} 0` },
      "& td": {
        display: "flex",
        gap: tokens.spacingHorizontalS,
        overflowWrap: "anywhere",
        height: "auto",
        padding: "2px 0",
      },
      "& td::before": {
        content: "attr(data-label)",
        flexShrink: 0,
        width: "35%",
        color: tokens.colorNeutralForeground3,
      },
    },
  },
});
