/** Which meal a food goes into (shown only when there is a choice). */
export function MealSelect({ meal, meals, onChange }: { meal: string; meals: string[]; onChange: (meal: string) => void }) {
  if (meals.length < 2) return null;
  return (
    <label className="flex items-center justify-between gap-3 text-sm font-medium text-text">
      Meal
      <select
        value={meal}
        onChange={(event) => onChange(event.target.value)}
        className="h-11 min-w-40 rounded-md border border-line-strong bg-surface px-3 text-base text-text"
      >
        {meals.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
    </label>
  );
}
