import { expect, test } from "@playwright/test";

test("the static export loads with its title and no request to another origin", async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith("data:") && !url.startsWith("blob:"))
      foreign.push(url);
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Spacelift Flows");
  expect(foreign).toEqual([]);
});
