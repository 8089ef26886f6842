/** Money as the graph gives it: a Decimal string and an ISO currency code. */
export interface Money {
  amount: string;
  currency: string;
}
