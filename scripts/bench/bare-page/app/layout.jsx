// A root layout with nothing in it but the document.
export const metadata = { title: "Bare page" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
