// GOV.UK Frontend ships no type declarations; these cover the parts the layout starts.
declare module "govuk-frontend" {
  export class Component {
    constructor(root: Element | null);
  }
  export class ServiceNavigation extends Component {}
  export class SkipLink extends Component {}
  export class ErrorSummary extends Component {}
  export function createAll<T extends typeof Component>(
    component: T,
    config?: unknown,
    scope?: Element | Document,
  ): InstanceType<T>[];
}
