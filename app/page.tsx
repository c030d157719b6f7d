export default function Page() {
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">Spacelift Flows: advanced settings</h1>
      <p>The wizard is being built.</p>
    </main>
  );
}
