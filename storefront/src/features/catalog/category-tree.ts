interface CategoryNode {
  id: string;
  category_children?: CategoryNode[] | null;
}

/** A category page lists the products of its subcategories too. */
export function categoryAndDescendantIds(category: CategoryNode): string[] {
  return [category.id, ...(category.category_children ?? []).flatMap(categoryAndDescendantIds)];
}

interface CategoryWithParent {
  name: string;
  handle: string;
  parent_category?: CategoryWithParent | null;
}

/** The category's ancestors, outermost first, for breadcrumbs. */
export function categoryAncestors(category: CategoryWithParent): CategoryWithParent[] {
  const ancestors: CategoryWithParent[] = [];
  for (let parent = category.parent_category; parent; parent = parent.parent_category) {
    ancestors.unshift(parent);
  }
  return ancestors;
}
