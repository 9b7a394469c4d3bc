import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md rounded-lg border border-stone-200 bg-white p-8 text-center">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-600">There is nothing at this address. It may have been deleted.</p>
      <Link href="/" className="mt-4 inline-block text-accent underline">
        Back to stories
      </Link>
    </div>
  );
}
