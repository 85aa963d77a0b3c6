/** The sender's outbox as the screen and the channels show it. */
export interface OutboxAcknowledgement {
  /** When this office recorded the first verified receipt, and who. */
  at: string;
  by: string;
  receiverCode: string;
  receiverName: string;
  /** When the receiver imported the bundle (the newest receipt recorded). */
  receivedAt: string;
  imported: number;
  already: number;
  refused: number;
}

export interface OutboxBundle {
  bundleId: string;
  fileName: string;
  fileSha256: string;
  exportedAt: string;
  exportedBy: string;
  withEvidence: boolean;
  cases: number;
  letters: number;
  evidence: number;
  acknowledgement: OutboxAcknowledgement | null;
}
