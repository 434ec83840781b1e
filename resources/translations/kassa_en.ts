<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../../ui/src/receipt_printer.cpp" line="+35"/>
        <source>COPY</source>
        <extracomment>Printed large on a reprinted receipt.</extracomment>
        <translation>COPY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money back</source>
        <translation>Money back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT included</source>
        <translation>VAT included</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="+41"/>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z report</source>
        <translation>Z report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected in drawer</source>
        <translation>Expected in drawer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over (+) / short (-)</source>
        <translation>Over (+) / short (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left in drawer</source>
        <translation>Left in drawer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods before discounts</source>
        <translation>Goods before discounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid</source>
        <translation>Total paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns made</source>
        <translation>Returns made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt numbers</source>
        <translation>Receipt numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not closed: no count yet</source>
        <translation>Not closed: no count yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT included (rate, sales, VAT)</source>
        <translation>VAT included (rate, sales, VAT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exempt</source>
        <translation>exempt</translation>
    </message>
</context>
<context>
    <name>kassa::Main</name>
    <message>
        <location filename="../../app/kassa/main.cpp" line="+54"/>
        <source>Kassa cannot start</source>
        <translation>Kassa cannot start</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>USB scanners and card readers cannot be read on this computer (%1); scanners typing like a keyboard still work.</source>
        <translation>USB scanners and card readers cannot be read on this computer (%1); scanners typing like a keyboard still work.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kassa: the till of a shop with a loyalty programme</source>
        <translation>Kassa: the till of a shop with a loyalty programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s file (made by kassactl db init or demo).</source>
        <translation>The shop&apos;s file (made by kassactl db init or demo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This till&apos;s id (default till-1).</source>
        <translation>This till&apos;s id (default till-1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screen&apos;s language: en, ru or et (default: the shop&apos;s).</source>
        <translation>The screen&apos;s language: en, ru or et (default: the shop&apos;s).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the whole screen (the kiosk session of a dedicated till).</source>
        <translation>Fill the whole screen (the kiosk session of a dedicated till).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start Kassa with the shop&apos;s file: kassa --db PATH.
A demo shop is made with: kassactl demo --db PATH</source>
        <translation>Start Kassa with the shop&apos;s file: kassa --db PATH.
A demo shop is made with: kassactl demo --db PATH</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Unknown language %1: use en, ru or et.</source>
        <translation>Unknown language %1: use en, ru or et.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The owner&apos;s account</source>
        <translation>The owner&apos;s account</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CameraDialog</name>
    <message>
        <location filename="../../ui/src/camera_reader.cpp" line="+162"/>
        <source>Read with the camera</source>
        <translation>Read with the camera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold the loyalty card, or its code on the phone&apos;s screen, up to the camera.</source>
        <translation>Hold the loyalty card, or its code on the phone&apos;s screen, up to the camera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The camera cannot be used. Scan the card or type the phone number instead.</source>
        <translation>The camera cannot be used. Scan the card or type the phone number instead.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is a bank card, not a loyalty card. Hold up the loyalty card or its code.</source>
        <translation>This is a bank card, not a loyalty card. Hold up the loyalty card or its code.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CancelDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="+269"/>
        <source>Cancel the sale</source>
        <translation>Cancel the sale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is the sale cancelled?</source>
        <translation>Why is the sale cancelled?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer changed their mind</source>
        <translation>The customer changed their mind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not enough money</source>
        <translation>Not enough money</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned by mistake</source>
        <translation>Scanned by mistake</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price dispute</source>
        <translation>Price dispute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the sale (Enter)</source>
        <translation>Cancel the sale (Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose or type a reason.</source>
        <translation>Choose or type a reason.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CashMovementDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="+48"/>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. change from the bank</source>
        <translation>e.g. change from the bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. to the bank, a delivery</source>
        <translation>e.g. to the bank, a delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record (Enter)</source>
        <translation>Record (Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type an amount above zero, such as %1.</source>
        <translation>Type an amount above zero, such as %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CloseShiftDialog</name>
    <message>
        <location line="+18"/>
        <source>Close the shift (Z report)</source>
        <translation>Close the shift (Z report)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the drawer: how many of each note and coin, or type the total below.</source>
        <translation>Count the drawer: how many of each note and coin, or type the total below.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counted in total</source>
        <translation>Counted in total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left in the drawer for the next shift</source>
        <translation>Left in the drawer for the next shift</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the shift (Enter)</source>
        <translation>Close the shift (Enter)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Count whole notes and coins: %1 is not a count.</source>
        <translation>Count whole notes and coins: %1 is not a count.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the counted cash, such as %1.</source>
        <translation>Type the counted cash, such as %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the float left in the drawer, such as %1.</source>
        <translation>Type the float left in the drawer, such as %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CompanyPage</name>
    <message>
        <location filename="../../ui/src/company_page.cpp" line="+115"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the whole company&apos;s figures from the office…</source>
        <translation>Reading the whole company&apos;s figures from the office…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1, %2 to %3, by shop: what the tills have sent to the office (sales a till has not sent yet are not counted).</source>
        <translation>%1, %2 to %3, by shop: what the tills have sent to the office (sales a till has not sent yet are not counted).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole company&apos;s figures could not be read; call support.</source>
        <translation>The whole company&apos;s figures could not be read; call support.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whole company</source>
        <translation>Whole company</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CompanyText</name>
    <message>
        <location line="-168"/>
        <source>The office cannot be reached, so the whole company&apos;s figures cannot be shown now. The till keeps selling; try again later.</source>
        <translation>The office cannot be reached, so the whole company&apos;s figures cannot be shown now. The till keeps selling; try again later.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The office refused this till&apos;s login; the owner must check this till&apos;s password.</source>
        <translation>The office refused this till&apos;s login; the owner must check this till&apos;s password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office database is newer than this till; install the newer Kassa.</source>
        <translation>The office database is newer than this till; install the newer Kassa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office database does not know this till; join it again.</source>
        <translation>The office database does not know this till; join it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office did not give the figures; try again later or call support.</source>
        <translation>The office did not give the figures; try again later or call support.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money back</source>
        <translation>Money back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ConflictsPage</name>
    <message>
        <location filename="../../ui/src/conflicts_page.cpp" line="+24"/>
        <source>Two tills that could not reach the office did the same thing twice. Nothing was lost: both are kept until you settle them here.</source>
        <translation>Two tills that could not reach the office did the same thing twice. Nothing was lost: both are kept until you settle them here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the settled ones too</source>
        <translation>Show the settled ones too</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other customer</source>
        <translation>Other customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge customers</source>
        <translation>Merge customers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other customer&apos;s cards, points, purchases, consents, notes and history move to the one you keep; her phone is freed.</source>
        <translation>The other customer&apos;s cards, points, purchases, consents, notes and history move to the one you keep; her phone is freed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as dealt with</source>
        <translation>Mark as dealt with</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Points spent twice</source>
        <translation>Points spent twice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone enrolled twice</source>
        <translation>Phone enrolled twice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card given twice</source>
        <translation>Card given twice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited at two tills</source>
        <translation>Edited at two tills</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon used twice</source>
        <translation>Coupon used twice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged both ways</source>
        <translation>Merged both ways</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to keep her data</source>
        <translation>Consent to keep her data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS consent</source>
        <translation>SMS consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail consent</source>
        <translation>E-mail consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card status</source>
        <translation>Card status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement card</source>
        <translation>Replacement card</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replaced</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not in this till&apos;s file)</source>
        <translation>(not in this till&apos;s file)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>card %1</source>
        <translation>card %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points missing: %1</source>
        <translation>Points missing: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone %1</source>
        <translation>Phone %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card %1</source>
        <translation>Card %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: kept %2, the other till&apos;s %3 is in the audit log</source>
        <translation>%1: kept %2, the other till&apos;s %3 is in the audit log</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coupon %1: receipt %2 took off %3, then receipt %4 took off %5; both sales stand</source>
        <translation>Coupon %1: receipt %2 took off %3, then receipt %4 took off %5; both sales stand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged into each other at two tills: every till keeps the first merge made</source>
        <translation>Merged into each other at two tills: every till keeps the first merge made</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>merged by %1, %2</source>
        <translation>merged by %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dealt with by %1, %2</source>
        <translation>dealt with by %1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No conflict was ever found.</source>
        <translation>No conflict was ever found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open conflicts: the tills agree.</source>
        <translation>No open conflicts: the tills agree.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose a phone or a card enrolled twice first.</source>
        <translation>Choose a phone or a card enrolled twice first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was merged into %2; her balance: %3 points.</source>
        <translation>%1 was merged into %2; her balance: %3 points.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose an open conflict first.</source>
        <translation>Choose an open conflict first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marked as dealt with: %1.</source>
        <translation>Marked as dealt with: %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CouponDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="-183"/>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan or type the coupon code, then Enter</source>
        <translation>Scan or type the coupon code, then Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Del: remove the selected coupon</source>
        <translation>Del: remove the selected coupon</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done (Esc)</source>
        <translation>Done (Esc)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerCardDialog</name>
    <message>
        <location filename="../../ui/src/customer_card_dialog.cpp" line="+45"/>
        <source>Customer card: %1 %2</source>
        <translation>Customer card: %1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note or attribute</source>
        <translation>Note or attribute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <location line="+2"/>
        <location line="+6"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>A note for the next visit: &quot;prefers SMS after 18:00&quot;</source>
        <translation>A note for the next visit: &quot;prefers SMS after 18:00&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>size, colours, ...</source>
        <translation>size, colours, ...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>value (empty removes it)</source>
        <translation>value (empty removes it)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot her card? Scan a new one here to bind it to her</source>
        <translation>Forgot her card? Scan a new one here to bind it to her</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bind card</source>
        <translation>Bind card</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No personal-data consent: notes cannot be kept</source>
        <translation>No personal-data consent: notes cannot be kept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points history</source>
        <translation>Points history</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points credited (owner)</source>
        <translation>Points credited (owner)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points credited</source>
        <translation>Points credited</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipt number (optional)</source>
        <translation>receipt number (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the complaint</source>
        <translation>Record the complaint</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back on a return</source>
        <translation>Taken back on a return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given back on a return</source>
        <translation>Given back on a return</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome points for joining</source>
        <translation>Welcome points for joining</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid with points</source>
        <translation>Paid with points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The points expired</source>
        <translation>The points expired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods were returned</source>
        <translation>Goods were returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points paid for returned goods</source>
        <translation>Points paid for returned goods</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought from the shop&apos;s old system</source>
        <translation>Brought from the shop&apos;s old system</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill credit for a complaint: %1</source>
        <translation>Goodwill credit for a complaint: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday: %1</source>
        <translation>Birthday: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consent: %1</source>
        <translation>Consent: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (blocked)</source>
        <translation> (blocked)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards: %1</source>
        <translation>Cards: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points: %1; purchases: %2; spent in all: %3</source>
        <translation>Points: %1; purchases: %2; spent in all: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tier: none reached yet</source>
        <translation>Tier: none reached yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no tier from %1</source>
        <translation>no tier from %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier history: %1</source>
        <translation>Tier history: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Buys about every %n day(s)</source>
        <translation>
            <numerusform>Buys about every %n day</numerusform>
            <numerusform>Buys about every %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too few purchases to tell how often she buys</source>
        <translation>Too few purchases to tell how often she buys</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stamps: %1</source>
        <translation>Stamps: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coupons not used yet: %1</source>
        <translation>Coupons not used yet: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Type the note first.</source>
        <translation>Type the note first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note kept.</source>
        <translation>Note kept.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the attribute first (size, colours, ...).</source>
        <translation>Name the attribute first (size, colours, ...).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attribute kept.</source>
        <translation>Attribute kept.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan the new card first.</source>
        <translation>Scan the new card first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new card is hers now; her points stay with her.</source>
        <translation>The new card is hers now; her points stay with her.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what the complaint is about first.</source>
        <translation>Say what the complaint is about first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a receipt number.</source>
        <translation>&quot;%1&quot; is not a receipt number.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say how many points are credited.</source>
        <translation>Say how many points are credited.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A goodwill credit of points needs the owner&apos;s PIN.</source>
        <translation>A goodwill credit of points needs the owner&apos;s PIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded.</source>
        <translation>Nothing was recorded.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Complaint recorded.</source>
        <translation>Complaint recorded.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerSearchDialog</name>
    <message>
        <location filename="../../ui/src/search_dialogs.cpp" line="+105"/>
        <source>Find a customer</source>
        <translation>Find a customer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number or name, then Enter</source>
        <translation>Phone number or name, then Enter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>F9: take the customer off the sale</source>
        <translation>F9: take the customer off the sale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DeviceBridge</name>
    <message>
        <location filename="../../ui/src/device_bridge.cpp" line="+51"/>
        <source>The card could not be read. Please swipe it again.</source>
        <translation>The card could not be read. Please swipe it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a bank card, not a loyalty card. Nothing of it was kept.</source>
        <translation>This is a bank card, not a loyalty card. Nothing of it was kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card has no loyalty number on its stripe.</source>
        <translation>This card has no loyalty number on its stripe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanner sent a code that is not text. Please scan it again.</source>
        <translation>The scanner sent a code that is not text. Please scan it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scanner is plugged in but Kassa may not read it: install the udev rules (69-kassa-usb.rules) and plug it in again.</source>
        <translation>A scanner is plugged in but Kassa may not read it: install the udev rules (69-kassa-usb.rules) and plug it in again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A scanner is plugged in but another program holds it. Close that program or plug the scanner in again.</source>
        <translation>A scanner is plugged in but another program holds it. Close that program or plug the scanner in again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scanner stopped answering. Plug it in again.</source>
        <translation>A scanner stopped answering. Plug it in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture could not be read.</source>
        <translation>The picture could not be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A scanner reported a problem. Please scan it again.</source>
        <translation>A scanner reported a problem. Please scan it again.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::Dialogs</name>
    <message>
        <location filename="../../ui/src/login_dialog.cpp" line="+28"/>
        <location filename="../../ui/src/util.hpp" line="+68"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::EnrolDialog</name>
    <message>
        <location filename="../../ui/src/enrol_dialog.cpp" line="+36"/>
        <source>Enrol a customer</source>
        <translation>Enrol a customer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5123 4567 or +372 5123 4567</source>
        <translation>5123 4567 or +372 5123 4567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scan the new card (optional)</source>
        <translation>scan the new card (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data: the customer agrees</source>
        <translation>Personal data: the customer agrees</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I agree that the shop keeps my name, phone, birthday, e-mail and purchases for its loyalty programme. I may ask for a copy of them or for their erasure at any time. Without this consent only an anonymous card can be issued.</source>
        <translation>I agree that the shop keeps my name, phone, birthday, e-mail and purchases for its loyalty programme. I may ask for a copy of them or for their erasure at any time. Without this consent only an anonymous card can be issued.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS: offers and birthday wishes by text message</source>
        <translation>SMS: offers and birthday wishes by text message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail: offers and news by e-mail</source>
        <translation>E-mail: offers and news by e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing consents can be withdrawn at any time at the till.</source>
        <translation>Marketing consents can be withdrawn at any time at the till.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrol (Enter)</source>
        <translation>Enrol (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The birthday does not read as a date: type it like %1.</source>
        <translation>The birthday does not read as a date: type it like %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Without the customer&apos;s consent to keep personal data, only an anonymous card can be issued: tick the consent or clear the name, phone, birthday and e-mail.</source>
        <translation>Without the customer&apos;s consent to keep personal data, only an anonymous card can be issued: tick the consent or clear the name, phone, birthday and e-mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the customer&apos;s name and phone, or scan a card for an anonymous customer.</source>
        <translation>Type the customer&apos;s name and phone, or scan a card for an anonymous customer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A marketing consent needs the phone or e-mail it is for.</source>
        <translation>A marketing consent needs the phone or e-mail it is for.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::FirstOwnerDialog</name>
    <message>
        <location filename="../../ui/src/login_dialog.cpp" line="+55"/>
        <source>The owner&apos;s account</source>
        <translation>The owner&apos;s account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This shop has no accounts yet. Create the owner&apos;s account: the owner approves returns, cancellations and corrections with this PIN.</source>
        <translation>This shop has no accounts yet. Create the owner&apos;s account: the owner approves returns, cancellations and corrections with this PIN.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create (Enter)</source>
        <translation>Create (Enter)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the owner&apos;s name.</source>
        <translation>Type the owner&apos;s name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs differ; type them again.</source>
        <translation>The two PINs differ; type them again.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::Formatter</name>
    <message>
        <location filename="../../ui/src/formatter.cpp" line="+87"/>
        <location line="+86"/>
        <source>kg</source>
        <extracomment>kilograms after a weight</extracomment>
        <translation>kg</translation>
    </message>
</context>
<context>
    <name>kassa::ui::HeldDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="+167"/>
        <source>Hold the basket</source>
        <translation>Hold the basket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name to find this basket again (optional):</source>
        <translation>A name to find this basket again (optional):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume a held basket</source>
        <translation>Resume a held basket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, held at %2</source>
        <translation>%1, held at %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No basket is on hold.</source>
        <translation>No basket is on hold.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold (Enter)</source>
        <translation>Hold (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume (Enter)</source>
        <translation>Resume (Enter)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ListsPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="+928"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n customer(s) to contact; a tick stays for %1 days.</source>
        <translation>
            <numerusform>%n customer to contact; a tick stays for %1 days.</numerusform>
            <numerusform>%n customers to contact; a tick stays for %1 days.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The list could not be written to %1: check the folder and the free space.</source>
        <translation>The list could not be written to %1: check the folder and the free space.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the list</source>
        <translation>Save the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::LoginDialog</name>
    <message>
        <location filename="../../ui/src/login_dialog.cpp" line="-91"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (owner)</source>
        <translation>%1 (owner)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in (Enter)</source>
        <translation>Log in (Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose who is at the till.</source>
        <translation>Choose who is at the till.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::NoReceiptReturnDialog</name>
    <message>
        <location filename="../../ui/src/no_receipt_return_dialog.cpp" line="+27"/>
        <source>Return without a receipt</source>
        <translation>Return without a receipt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan the product or type its SKU, then Enter (F3: find by name)</source>
        <translation>Scan the product or type its SKU, then Enter (F3: find by name)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Her card or phone, if she wants it on her record, then Enter</source>
        <translation>Her card or phone, if she wants it on her record, then Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why is it brought back without a receipt?</source>
        <translation>Why is it brought back without a receipt?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No points are taken back or given back: without the receipt nothing says what these goods earned.</source>
        <translation>No points are taken back or given back: without the receipt nothing says what these goods earned.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money back</source>
        <translation>Money back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F3: find a product</source>
        <translation>F3: find a product</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Approved by the owner. Money goes back without a receipt: check the goods.</source>
        <translation>Approved by the owner. Money goes back without a receipt: check the goods.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>catalog price %1</source>
        <translation>catalog price %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No customer: the return is on nobody&apos;s record.</source>
        <translation>No customer: the return is on nobody&apos;s record.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan what comes back.</source>
        <translation>Scan what comes back.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::NoticeText</name>
    <message>
        <location filename="../../ui/src/notice_text.cpp" line="+57"/>
        <source>The disk is full: the sale could not be saved.</source>
        <translation>The disk is full: the sale could not be saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file is read-only: nothing can be saved.</source>
        <translation>The shop file is read-only: nothing can be saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file is busy; try again in a moment.</source>
        <translation>The shop file is busy; try again in a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file is damaged; call the owner.</source>
        <translation>The shop file is damaged; call the owner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file is missing.</source>
        <translation>The shop file is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a Kassa shop.</source>
        <translation>This file is not a Kassa shop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file was written by a newer Kassa; update this till.</source>
        <translation>The shop file was written by a newer Kassa; update this till.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store refused the data.</source>
        <translation>The store refused the data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store failed; try again.</source>
        <translation>The store failed; try again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added to the basket.</source>
        <translation>Added to the basket.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 added.</source>
        <translation>%1 added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity changed.</source>
        <translation>Quantity changed.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity of %1 changed.</source>
        <translation>Quantity of %1 changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line removed.</source>
        <translation>Line removed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is known under &quot;%1&quot;: not a product, card, phone or receipt.</source>
        <translation>Nothing is known under &quot;%1&quot;: not a product, card, phone or receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is no longer sold.</source>
        <translation>%1 is no longer sold.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That quantity cannot be used: pieces are whole numbers above zero, weights are in kg.</source>
        <translation>That quantity cannot be used: pieces are whole numbers above zero, weights are in kg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is sold by weight: enter the weight.</source>
        <translation>%1 is sold by weight: enter the weight.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer %1 identified.</source>
        <translation>Customer %1 identified.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer found for &quot;%1&quot;.</source>
        <translation>No customer found for &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card is blocked or reported lost: it cannot be used.</source>
        <translation>This card is blocked or reported lost: it cannot be used.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+289"/>
        <source>This is a bank card, not a loyalty card. Nothing of it was kept.</source>
        <translation>This is a bank card, not a loyalty card. Nothing of it was kept.</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Customer removed from the basket.</source>
        <translation>Customer removed from the basket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon %1 added.</source>
        <translation>Coupon %1 added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The coupon was not accepted.</source>
        <translation>The coupon was not accepted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon removed.</source>
        <translation>Coupon removed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points payment set.</source>
        <translation>Points payment set.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points cannot be used for this purchase.</source>
        <translation>Points cannot be used for this purchase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This needs the owner&apos;s PIN.</source>
        <translation>This needs the owner&apos;s PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong owner PIN.</source>
        <translation>Wrong owner PIN.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>New loyalty rules from the office apply from this sale.</source>
        <translation>New loyalty rules from the office apply from this sale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New loyalty rules arrived that this till cannot use; it keeps the current ones. Tell the owner.</source>
        <translation>New loyalty rules arrived that this till cannot use; it keeps the current ones. Tell the owner.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>card number</source>
        <translation>card number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribute name</source>
        <translation>attribute name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribute value</source>
        <translation>attribute value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complaint</source>
        <translation>complaint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>return reason</source>
        <translation>return reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason for cancelling</source>
        <translation>reason for cancelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash movement&apos;s reason</source>
        <translation>cash movement&apos;s reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correction&apos;s reason</source>
        <translation>correction&apos;s reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call note</source>
        <translation>call note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cashier&apos;s name</source>
        <translation>cashier&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of who did it</source>
        <translation>name of who did it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product name</source>
        <translation>product name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barcode</source>
        <translation>barcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shop name</source>
        <translation>shop name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receipt header</source>
        <translation>receipt header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer address</source>
        <translation>printer address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logo file</source>
        <translation>logo file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer model</source>
        <translation>printer model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coupon code</source>
        <translation>coupon code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>basket&apos;s label</source>
        <translation>basket&apos;s label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office database address</source>
        <translation>office database address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password file</source>
        <translation>password file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>till name</source>
        <translation>till name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>A PIN is 4 to 8 digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cashier needs a name.</source>
        <translation>A cashier needs a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such cashier.</source>
        <translation>There is no such cashier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An audit entry needs who did it and what was done.</source>
        <translation>An audit entry needs who did it and what was done.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrong PIN: %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN: %n attempt left.</numerusform>
            <numerusform>Wrong PIN: %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1: %2 wrong PINs in a row.</source>
        <translation>Locked until %1: %2 wrong PINs in a row.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cashier&apos;s account is switched off: ask the owner.</source>
        <translation>This cashier&apos;s account is switched off: ask the owner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cashier is not known here: ask the owner.</source>
        <translation>This cashier is not known here: ask the owner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No owner is set up at this shop: the owner must be added first.</source>
        <translation>No owner is set up at this shop: the owner must be added first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in first: every change on the card names who made it.</source>
        <translation>Log in first: every change on the card names who made it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale has no receipt number: start the sale again.</source>
        <translation>The sale has no receipt number: start the sale again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment cannot be negative.</source>
        <translation>A payment cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payments are %1 short of the total.</source>
        <translation>The payments are %1 short of the total.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only cash can give change: the card payment is more than the total.</source>
        <translation>Only cash can give change: the card payment is more than the total.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The basket cannot be priced as it is: check its lines.</source>
        <translation>The basket cannot be priced as it is: check its lines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer is not in the shop&apos;s file.</source>
        <translation>This customer is not in the shop&apos;s file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer is not in the shop&apos;s file, or her data was erased.</source>
        <translation>This customer is not in the shop&apos;s file, or her data was erased.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card %1 already belongs to a customer.</source>
        <translation>Card %1 already belongs to a customer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card %1 is not registered.</source>
        <translation>Card %1 is not registered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; is not a phone number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer with phone %1 is already enrolled.</source>
        <translation>A customer with phone %1 is already enrolled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal details need the customer&apos;s consent to keep personal data.</source>
        <translation>Personal details need the customer&apos;s consent to keep personal data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has not agreed to the shop keeping personal data, so notes and details cannot be saved.</source>
        <translation>The customer has not agreed to the shop keeping personal data, so notes and details cannot be saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A customer cannot be merged into herself: choose two different customers.</source>
        <translation>A customer cannot be merged into herself: choose two different customers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer was already merged into another.</source>
        <translation>This customer was already merged into another.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no open conflict %1.</source>
        <translation>There is no open conflict %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no product with SKU %1.</source>
        <translation>There is no product with SKU %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product needs a SKU.</source>
        <translation>A product needs a SKU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product %1: the price must not be negative and the minimum price not above it.</source>
        <translation>Product %1: the price must not be negative and the minimum price not above it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note needs some text.</source>
        <translation>A note needs some text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An attribute needs a name (size, colours, ...).</source>
        <translation>An attribute needs a name (size, colours, ...).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complaint needs a reason.</source>
        <translation>A complaint needs a reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complaint needs the name of who recorded it.</source>
        <translation>A complaint needs the name of who recorded it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A points credit needs a number of points above 0.</source>
        <translation>A points credit needs a number of points above 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points are only given with a goodwill credit.</source>
        <translation>Points are only given with a goodwill credit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complaint is recorded against a receipt or a customer.</source>
        <translation>A complaint is recorded against a receipt or a customer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points can only be credited to a customer; the receipt was an anonymous sale.</source>
        <translation>Points can only be credited to a customer; the receipt was an anonymous sale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That receipt belongs to another customer.</source>
        <translation>That receipt belongs to another customer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a month.</source>
        <translation>That is not a month.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product cannot be suggested with itself.</source>
        <translation>A product cannot be suggested with itself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period needs at least one day.</source>
        <translation>The period needs at least one day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is computed by Kassa and cannot be set by hand.</source>
        <translation>&quot;%1&quot; is computed by Kassa and cannot be set by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kassa makes 1 to 10,000 coupon codes at a time.</source>
        <translation>Kassa makes 1 to 10,000 coupon codes at a time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A points correction needs a reason.</source>
        <translation>A points correction needs a reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A points correction of 0 changes nothing.</source>
        <translation>A points correction of 0 changes nothing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has only %1 spendable points; nothing was taken.</source>
        <translation>The customer has only %1 spendable points; nothing was taken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The basket cannot be kept: this till has no name in its settings.</source>
        <translation>The basket cannot be kept: this till has no name in its settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty basket cannot be kept.</source>
        <translation>An empty basket cannot be kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty basket cannot be held.</source>
        <translation>An empty basket cannot be held.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return needs its own number and the receipt it returns against.</source>
        <translation>A return needs its own number and the receipt it returns against.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return needs its own number.</source>
        <translation>A return needs its own number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what is returned.</source>
        <translation>Choose what is returned.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This return was already made against another receipt.</source>
        <translation>This return was already made against another receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This return was already made against a receipt.</source>
        <translation>This return was already made against a receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such receipt.</source>
        <translation>There is no such receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt line %1 does not exist.</source>
        <translation>Receipt line %1 does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return does not fit the receipt.</source>
        <translation>The return does not fit the receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity of %1 is not one that can be returned.</source>
        <translation>The quantity of %1 is not one that can be returned.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price of %1 cannot be below zero.</source>
        <translation>The price of %1 cannot be below zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return without a receipt needs a reason.</source>
        <translation>A return without a receipt needs a reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return needs the cashier who makes it.</source>
        <translation>A return needs the cashier who makes it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return without a receipt needs the owner&apos;s approval.</source>
        <translation>A return without a receipt needs the owner&apos;s approval.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s time zone &quot;%1&quot; is not known to this computer, so its business days cannot be told apart.</source>
        <translation>The shop&apos;s time zone &quot;%1&quot; is not known to this computer, so its business days cannot be told apart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scanner timing is out of range: the pause between keys must be %1-%2 ms and the shortest scan %3-%4 characters.</source>
        <translation>The scanner timing is out of range: the pause between keys must be %1-%2 ms and the shortest scan %3-%4 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client-day list needs its promotion.</source>
        <translation>The client-day list needs its promotion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current rules have no promotion &quot;%1&quot;.</source>
        <translation>The current rules have no promotion &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no report &quot;%1&quot;.</source>
        <translation>There is no report &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends (%2) before it starts (%1).</source>
        <translation>The period ends (%2) before it starts (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no list &quot;%1&quot;.</source>
        <translation>There is no list &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of days cannot be negative.</source>
        <translation>The number of days cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The margin of the due list is at least 100% of the customer&apos;s cycle.</source>
        <translation>The margin of the due list is at least 100% of the customer&apos;s cycle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call on the list needs who made it.</source>
        <translation>A call on the list needs who made it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft cannot be saved while it has problems: see the list of checks.</source>
        <translation>The draft cannot be saved while it has problems: see the list of checks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These rules do not pass today&apos;s checks.</source>
        <translation>These rules do not pass today&apos;s checks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules are in the time zone &quot;%1&quot;, which this computer does not know.</source>
        <translation>The rules are in the time zone &quot;%1&quot;, which this computer does not know.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These rules are in another currency (%1) than the shop&apos;s.</source>
        <translation>These rules are in another currency (%1) than the shop&apos;s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has changed since the saved version.</source>
        <translation>Nothing has changed since the saved version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no rules version %1.</source>
        <translation>There is no rules version %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shop&apos;s own rules need a till that has joined the office database; save them for the whole company instead.</source>
        <translation>A shop&apos;s own rules need a till that has joined the office database; save them for the whole company instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 is longer than %2 characters.</source>
        <translation>The %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>Wrong owner PIN: %1</source>
        <translation>Wrong owner PIN: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment added.</source>
        <translation>Payment added.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment of %1 added.</source>
        <translation>Payment of %1 added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not paid in full yet: %1 still to pay.</source>
        <translation>Not paid in full yet: %1 still to pay.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card payment cannot be more than what is left to pay (%1).</source>
        <translation>A card payment cannot be more than what is left to pay (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale saved. Thank you!</source>
        <translation>Sale saved. Thank you!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt %1 saved. Thank you!</source>
        <translation>Receipt %1 saved. Thank you!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+242"/>
        <source>The basket is empty.</source>
        <translation>The basket is empty.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Basket put on hold.</source>
        <translation>Basket put on hold.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basket &quot;%1&quot; put on hold.</source>
        <translation>Basket &quot;%1&quot; put on hold.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held basket resumed.</source>
        <translation>Held basket resumed.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basket &quot;%1&quot; resumed.</source>
        <translation>Basket &quot;%1&quot; resumed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basket cancelled.</source>
        <translation>Basket cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt found for &quot;%1&quot;.</source>
        <translation>No receipt found for &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt %1 opened for a return.</source>
        <translation>Receipt %1 opened for a return.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This return cannot be made.</source>
        <translation>This return cannot be made.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Return refused: %1</source>
        <translation>Return refused: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return saved.</source>
        <translation>Return saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome, %1! The customer is enrolled.</source>
        <translation>Welcome, %1! The customer is enrolled.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer could not be enrolled.</source>
        <translation>The customer could not be enrolled.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not enrolled: %1</source>
        <translation>Not enrolled: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in first.</source>
        <translation>Log in first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in.</source>
        <translation>Logged in.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello, %1! You are logged in.</source>
        <translation>Hello, %1! You are logged in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment has started: the basket cannot change now. Clear the payments first.</source>
        <translation>Payment has started: the basket cannot change now. Clear the payments first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish, hold or cancel the basket on the screen first.</source>
        <translation>Finish, hold or cancel the basket on the screen first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That basket was already resumed at another till.</source>
        <translation>That basket was already resumed at another till.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a reason for cancelling the basket.</source>
        <translation>Give a reason for cancelling the basket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a line first.</source>
        <translation>Choose a line first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points need a loyalty card: identify the customer first.</source>
        <translation>Points need a loyalty card: identify the customer first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt %1 has already been returned in full.</source>
        <translation>Receipt %1 has already been returned in full.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The basket that was on the screen when the till stopped is back.</source>
        <translation>The basket that was on the screen when the till stopped is back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return without a receipt approved by the owner.</source>
        <translation>Return without a receipt approved by the owner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That price cannot be used for &quot;%1&quot;.</source>
        <translation>That price cannot be used for &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reason for the return.</source>
        <translation>Type the reason for the return.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>No shift is open: open it with the cash counted in the drawer (Ctrl+F10).</source>
        <translation>No shift is open: open it with the cash counted in the drawer (Ctrl+F10).</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Shift opened.</source>
        <translation>Shift opened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shift refused it.</source>
        <translation>The shift refused it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift closed with Z report %1.</source>
        <translation>Shift closed with Z report %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drawer is open (no sale).</source>
        <translation>The drawer is open (no sale).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A shift is already open: close it with a Z report first.</source>
        <translation>A shift is already open: close it with a Z report first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shift was closed meanwhile: open a new shift, then finish the sale.</source>
        <translation>The shift was closed meanwhile: open a new shift, then finish the sale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type an amount above zero.</source>
        <translation>Type an amount above zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than any drawer holds: check the amount.</source>
        <translation>That is more than any drawer holds: check the amount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the cash goes in or out.</source>
        <translation>Say why the cash goes in or out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason is too long: write it in at most %1 characters.</source>
        <translation>The reason is too long: write it in at most %1 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The float left in the drawer cannot be more than the cash counted.</source>
        <translation>The float left in the drawer cannot be more than the cash counted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such Z report.</source>
        <translation>There is no such Z report.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OfficeStatusText</name>
    <message>
        <location filename="../../ui/src/office_status.cpp" line="+27"/>
        <source>Office: connecting</source>
        <translation>Office: connecting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: in sync</source>
        <translation>Office: in sync</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Office: offline since %1, %n sales to send</source>
        <translation>
            <numerusform>Office: offline since %1, %n sale to send</numerusform>
            <numerusform>Office: offline since %1, %n sales to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Office: offline since %1, %n changes to send</source>
        <translation>
            <numerusform>Office: offline since %1, %n change to send</numerusform>
            <numerusform>Office: offline since %1, %n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office: offline since %1</source>
        <translation>Office: offline since %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Office: the login was refused; the owner must check this till&apos;s password.</source>
        <translation>Office: the login was refused; the owner must check this till&apos;s password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: this till&apos;s password file cannot be used; the owner must fix it.</source>
        <translation>Office: this till&apos;s password file cannot be used; the owner must fix it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: the office database is newer than this till; install the newer Kassa.</source>
        <translation>Office: the office database is newer than this till; install the newer Kassa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: the office database is not set up yet.</source>
        <translation>Office: the office database is not set up yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office: the office database does not know this till; join it again.</source>
        <translation>Office: the office database does not know this till; join it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: the office database&apos;s disk is full; the sales wait here.</source>
        <translation>Office: the office database&apos;s disk is full; the sales wait here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: the office address saved in this till is wrong.</source>
        <translation>Office: the office address saved in this till is wrong.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: the office database refused the sync; the sales wait here.</source>
        <translation>Office: the office database refused the sync; the sales wait here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office: the shop file was busy; the next sync tries again.</source>
        <translation>Office: the shop file was busy; the next sync tries again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: rows from the office could not be written here; call support.</source>
        <translation>Office: rows from the office could not be written here; call support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: the shop file could not be synced; call support.</source>
        <translation>Office: the shop file could not be synced; call support.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OpenShiftDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="-171"/>
        <source>Open the shift</source>
        <translation>Open the shift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the cash in the drawer and type the amount. It is the shift&apos;s opening float.</source>
        <translation>Count the cash in the drawer and type the amount. It is the shift&apos;s opening float.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the shift (Enter)</source>
        <translation>Open the shift (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type an amount such as %1.</source>
        <translation>Type an amount such as %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OwnerPinDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="-284"/>
        <location line="+8"/>
        <source>Owner&apos;s PIN</source>
        <translation>Owner&apos;s PIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve (Enter)</source>
        <translation>Approve (Enter)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OwnerWindow</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="+800"/>
        <source>Owner&apos;s desk</source>
        <translation>Owner&apos;s desk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whom to call</source>
        <translation>Whom to call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit rules</source>
        <translation>Edit rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty rules</source>
        <translation>Loyalty rules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rates</source>
        <translation>VAT rates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop settings</source>
        <translation>Shop settings</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PaymentDialog</name>
    <message>
        <location filename="../../ui/src/payment_dialog.cpp" line="+21"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to pay</source>
        <translation>Left to pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amount received (empty: exactly what is left)</source>
        <translation>Amount received (empty: exactly what is left)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cash (Enter)</source>
        <translation>Cash (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2: card</source>
        <translation>F2: card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F8: clear payments</source>
        <translation>F8: clear payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type an amount such as %1.</source>
        <translation>Type an amount such as %1.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ProductSearchDialog</name>
    <message>
        <location filename="../../ui/src/search_dialogs.cpp" line="-89"/>
        <source>Find a product</source>
        <translation>Find a product</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name or SKU; arrows choose, Enter adds</source>
        <translation>Name or SKU; arrows choose, Enter adds</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 per kg</source>
        <translation>%1 per kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ProgrammeForm</name>
    <message>
        <location filename="../../ui/src/rules_editor.cpp" line="+306"/>
        <source>Type to find</source>
        <translation>Type to find</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the row</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <location line="+605"/>
        <source>must be a group of fields</source>
        <translation>must be a group of fields</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a field Kassa knows</source>
        <translation>is not a field Kassa knows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be filled in</source>
        <translation>must be filled in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+15"/>
        <source>Percent off</source>
        <translation>Percent off</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Amount off</source>
        <translation>Amount off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of one</source>
        <translation>Price of one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy (pieces)</source>
        <translation>Buy (pieces)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get free (pieces)</source>
        <translation>Get free (pieces)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of the set</source>
        <translation>Price of the set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items of the set</source>
        <translation>Items of the set</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Products (SKUs, with commas)</source>
        <translation>Products (SKUs, with commas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories (with commas)</source>
        <translation>Categories (with commas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pieces</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>(choose the gift)</source>
        <translation>(choose the gift)</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Gift product</source>
        <translation>Gift product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift&apos;s name for the cashier</source>
        <translation>Gift&apos;s name for the cashier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points times (2 = double)</source>
        <translation>Points times (2 = double)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Points expire after (days)</source>
        <translation>Points expire after (days)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The cheapest item free</source>
        <translation>The cheapest item free</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More points</source>
        <translation>More points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift points</source>
        <translation>Gift points</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Short name (id)</source>
        <translation>Short name (id)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the cashier reads</source>
        <translation>Name the cashier reads</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From (first day)</source>
        <translation>From (first day)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until (last day)</source>
        <translation>Until (last day)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority (lower goes first)</source>
        <translation>Priority (lower goes first)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With other discounts</source>
        <translation>With other discounts</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Exclusive: only the best one on a line</source>
        <translation>Exclusive: only the best one on a line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combinable: applies on top of the others</source>
        <translation>Combinable: applies on top of the others</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Points back (% of what is paid)</source>
        <translation>Points back (% of what is paid)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other rates by category (%)</source>
        <translation>Other rates by category (%)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points back (%)</source>
        <translation>Points back (%)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Outside the programme</source>
        <translation>Outside the programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most paid with points (%)</source>
        <translation>At most paid with points (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest points to pay with</source>
        <translation>Fewest points to pay with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One point is worth (money)</source>
        <translation>One point is worth (money)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points usable after (days)</source>
        <translation>Points usable after (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome points at enrolment</source>
        <translation>Welcome points at enrolment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points also on the part paid with points</source>
        <translation>Points also on the part paid with points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points also on discounted lines</source>
        <translation>Points also on discounted lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounding</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Down, once per receipt</source>
        <translation>Down, once per receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One point per full amount</source>
        <translation>One point per full amount</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Full amount for one point</source>
        <translation>Full amount for one point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend counted</source>
        <translation>Spend counted</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Since enrolment</source>
        <translation>Since enrolment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a rolling window</source>
        <translation>In a rolling window</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Window (days)</source>
        <translation>Window (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From spend</source>
        <translation>From spend</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+96"/>
        <source>Discount (%)</source>
        <translation>Discount (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra points (%)</source>
        <translation>Extra points (%)</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Card holders (segments)</source>
        <translation>Card holders (segments)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Only these categories</source>
        <translation>Only these categories</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stamps for the reward</source>
        <translation>Stamps for the reward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest purchase for a stamp</source>
        <translation>Smallest purchase for a stamp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward&apos;s name in hints</source>
        <translation>Reward&apos;s name in hints</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code for everybody</source>
        <translation>Code for everybody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-use codes (one per line)</source>
        <translation>Single-use codes (one per line)</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Make new codes</source>
        <translation>Make new codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the codes</source>
        <translation>Print the codes</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What it gives</source>
        <translation>What it gives</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Smallest basket</source>
        <translation>Smallest basket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can be used with other coupons</source>
        <translation>Can be used with other coupons</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Weekdays</source>
        <translation>Weekdays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers of segments</source>
        <translation>Only customers of segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers with a card</source>
        <translation>Only customers with a card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest pieces</source>
        <translation>Fewest pieces</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fixed price</source>
        <translation>Fixed price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy N, get M free</source>
        <translation>Buy N, get M free</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set price</source>
        <translation>Set price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gift</source>
        <translation>A gift</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>is longer than %n character</numerusform>
            <numerusform>is longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be yes or no</source>
        <translation>must be yes or no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a list of words</source>
        <translation>must be a list of words</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>has more than %n item(s)</source>
        <translation>
            <numerusform>has more than %n item</numerusform>
            <numerusform>has more than %n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date</source>
        <translation>must be a date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one of: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a weekday from Monday to Sunday</source>
        <translation>must be a weekday from Monday to Sunday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time of day: write HH:MM between 00:00 and 24:00</source>
        <translation>&quot;%1&quot; is not a time of day: write HH:MM between 00:00 and 24:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hours must start and end at different times</source>
        <translation>the hours must start and end at different times</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name its products or its categories</source>
        <translation>name its products or its categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a currency code (ISO 4217, such as EUR)</source>
        <translation>&quot;%1&quot; is not a currency code (ISO 4217, such as EUR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time zone Kassa knows (such as Europe/Tallinn)</source>
        <translation>&quot;%1&quot; is not a time zone Kassa knows (such as Europe/Tallinn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this Kassa reads version 1 of the rules only</source>
        <translation>this Kassa reads version 1 of the rules only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is the short name of another programme</source>
        <translation>&quot;%1&quot; is the short name of another programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day comes before the first day</source>
        <translation>the last day comes before the first day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be above 0 when a point is given per full amount</source>
        <translation>must be above 0 when a point is given per full amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is outside the programme, so it earns no points at any rate</source>
        <translation>&quot;%1&quot; is outside the programme, so it earns no points at any rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs at least one level</source>
        <translation>needs at least one level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be above the spend of the level before</source>
        <translation>must be above the spend of the level before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names another level too</source>
        <translation>&quot;%1&quot; names another level too</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a coupon needs single-use codes or a code for everybody</source>
        <translation>a coupon needs single-use codes or a code for everybody</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code &quot;%1&quot; belongs to another coupon</source>
        <translation>the code &quot;%1&quot; belongs to another coupon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a set needs at least one item</source>
        <translation>a set needs at least one item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the customer segments that hold this card</source>
        <translation>name the customer segments that hold this card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is outside the loyalty programme: it never takes a discount</source>
        <translation>&quot;%1&quot; is outside the loyalty programme: it never takes a discount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one points programme can run at a time</source>
        <translation>only one points programme can run at a time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one levels programme can run at a time</source>
        <translation>only one levels programme can run at a time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programmes that give points need a points programme (it sets what a point is worth)</source>
        <translation>programmes that give points need a points programme (it sets what a point is worth)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+22"/>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version of the rules</source>
        <translation>Version of the rules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules</source>
        <translation>The rules</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the whole document changed</source>
        <translation>the whole document changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new programme %1 (%2)</source>
        <translation>new programme %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programme %1 (%2) removed</source>
        <translation>programme %1 (%2) removed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2: %3 → %4</source>
        <translation>%1, %2: %3 → %4</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Why it runs (for the reports)</source>
        <translation>Why it runs (for the reports)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slogan</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite days before</source>
        <translation>Invite days before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days before the birthday</source>
        <translation>Days before the birthday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the birthday</source>
        <translation>Days after the birthday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>One purchase a year</source>
        <translation>One purchase a year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every purchase in the window</source>
        <translation>Every purchase in the window</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>What the first purchase gets</source>
        <translation>What the first purchase gets</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Points for who recommended</source>
        <translation>Points for who recommended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points for the new customer</source>
        <translation>Points for the new customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No purchase for (days)</source>
        <translation>No purchase for (days)</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Points to win her back</source>
        <translation>Points to win her back</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Spend that earns the coupon</source>
        <translation>Spend that earns the coupon</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>What the coupon gives</source>
        <translation>What the coupon gives</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Valid for (days)</source>
        <translation>Valid for (days)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::QuantityDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="+13"/>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weight, kg</source>
        <translation>Weight, kg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pieces</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK (Enter)</source>
        <translation>OK (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the weight in kilograms, for example 0.250.</source>
        <translation>Type the weight in kilograms, for example 0.250.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a whole number of pieces above zero.</source>
        <translation>Type a whole number of pieces above zero.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptDialog</name>
    <message>
        <location filename="../../ui/src/receipt_dialog.cpp" line="+39"/>
        <location line="+26"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points balance</source>
        <translation>Points balance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To %1</source>
        <extracomment>on the receipt: how much more to spend for the next tier; %1 is the tier&apos;s name</extracomment>
        <translation>To %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon for your next visit</source>
        <translation>Coupon for your next visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %1 of %2</source>
        <extracomment>The VAT included in the receipt at one rate: %1 the rate (24%), %2 the amount paid at that rate.</extracomment>
        <translation>VAT %1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exempt</source>
        <extracomment>A VAT rate on the receipt: goods without VAT (gift cards).</extracomment>
        <translation>exempt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Print (F12)</source>
        <translation>Print (F12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Enter)</source>
        <translation>Close (Enter)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Print the receipt</source>
        <translation>Print the receipt</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptPrinter</name>
    <message>
        <location filename="../../ui/src/receipt_printer.cpp" line="+7"/>
        <source>Printer: ready.</source>
        <translation>Printer: ready.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer: out of paper. The sale is saved; the receipt prints when paper is in.</source>
        <translation>Printer: out of paper. The sale is saved; the receipt prints when paper is in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer: the cover is open. The sale is saved; the receipt prints when it is closed.</source>
        <translation>Printer: the cover is open. The sale is saved; the receipt prints when it is closed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: it reports an error. The sale is saved; check the printer and the receipt prints.</source>
        <translation>Printer: it reports an error. The sale is saved; check the printer and the receipt prints.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer: it does not answer. The sale is saved; check its cable and power, the receipt prints when it is back.</source>
        <translation>Printer: it does not answer. The sale is saved; check its cable and power, the receipt prints when it is back.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer: not plugged in. The sale is saved; the receipt prints when it is plugged in.</source>
        <translation>Printer: not plugged in. The sale is saved; the receipt prints when it is plugged in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: Kassa may not use it. Install the udev rules (69-kassa-usb.rules) and plug it in again.</source>
        <translation>Printer: Kassa may not use it. Install the udev rules (69-kassa-usb.rules) and plug it in again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer: another program is using it. The receipt prints when it is free.</source>
        <translation>Printer: another program is using it. The receipt prints when it is free.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: the receipt could not be sent. The sale is saved; reprint it from the shift screen.</source>
        <translation>Printer: the receipt could not be sent. The sale is saved; reprint it from the shift screen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printer: the address &quot;%1&quot; in the shop&apos;s settings is not usable (it must be like tcp://192.168.1.50:9100 or usb:04b8:0202). Receipts wait in the queue and print once the owner fixes it.</source>
        <translation>Printer: the address &quot;%1&quot; in the shop&apos;s settings is not usable (it must be like tcp://192.168.1.50:9100 or usb:04b8:0202). Receipts wait in the queue and print once the owner fixes it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer model in the shop&apos;s settings is unknown: choose epson_tm_t20, xprinter_80, generic_80 or generic_58.</source>
        <translation>The printer model in the shop&apos;s settings is unknown: choose epson_tm_t20, xprinter_80, generic_80 or generic_58.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receipt logo could not be read (a PNG file is needed): receipts print without it.</source>
        <translation>The receipt logo could not be read (a PNG file is needed): receipts print without it.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RedeemDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="+87"/>
        <source>Pay with points</source>
        <translation>Pay with points</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance: %1 points</source>
        <translation>Balance: %1 points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 points can be used for this purchase.</source>
        <translation>At most %1 points can be used for this purchase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit for this purchase: %1 points.</source>
        <translation>Limit for this purchase: %1 points.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paying with points starts at %1 points.</source>
        <translation>Paying with points starts at %1 points.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s rules do not take points for this purchase.</source>
        <translation>The shop&apos;s rules do not take points for this purchase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points to use (empty: as many as allowed)</source>
        <translation>Points to use (empty: as many as allowed)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use these (Enter)</source>
        <translation>Use these (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F6: use the most</source>
        <translation>F6: use the most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F9: no points</source>
        <translation>F9: no points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type a whole number of points.</source>
        <translation>Type a whole number of points.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReportText</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="-1818"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check</source>
        <translation>Average check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days between purchases</source>
        <translation>Average days between purchases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check with it</source>
        <translation>Average check with it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check without it</source>
        <translation>Average check without it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check difference</source>
        <translation>Check difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client day</source>
        <translation>Client day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May contact by</source>
        <translation>May contact by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue from customers</source>
        <translation>Revenue from customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle, days</source>
        <translation>Cycle, days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount cost</source>
        <translation>Discount cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Points expiring</source>
        <translation>Points expiring</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Expiring through</source>
        <translation>Expiring through</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value expiring</source>
        <translation>Value expiring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First expiry</source>
        <translation>First expiry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed</source>
        <translation>Followed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed, share</source>
        <translation>Followed, share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liability</source>
        <translation>Liability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money back</source>
        <translation>Money back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next birthday</source>
        <translation>Next birthday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point value</source>
        <translation>Point value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points cost</source>
        <translation>Points cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points issued</source>
        <translation>Points issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points given back</source>
        <translation>Points given back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points taken back</source>
        <translation>Points taken back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: average check with it</source>
        <translation>Before: average check with it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: average check without it</source>
        <translation>Before: average check without it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: customers</source>
        <translation>Before: customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: discount cost</source>
        <translation>Before: discount cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: points cost</source>
        <translation>Before: points cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: points issued</source>
        <translation>Before: points issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: receipts</source>
        <translation>Before: receipts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: revenue</source>
        <translation>Before: revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption ratio</source>
        <translation>Redemption ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat customers</source>
        <translation>Repeat customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat rate</source>
        <translation>Repeat rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored by refunds</source>
        <translation>Restored by refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning customers</source>
        <translation>Returning customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue uplift</source>
        <translation>Revenue uplift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue uplift, %</source>
        <translation>Revenue uplift, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed by refunds</source>
        <translation>Reversed by refunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown</source>
        <translation>Shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slogan</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spendable</source>
        <translation>Spendable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top customers</source>
        <translation>Top customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top customers&apos; revenue</source>
        <translation>Top customers&apos; revenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top customers&apos; share</source>
        <translation>Top customers&apos; share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in all</source>
        <translation>Days in all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual category</source>
        <translation>Usual category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual products</source>
        <translation>Usual products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week starts</source>
        <translation>Week starts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promotions and client days</source>
        <translation>Promotions and client days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 20% of customers (Pareto)</source>
        <translation>Top 20% of customers (Pareto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat purchases</source>
        <translation>Repeat purchases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between purchases</source>
        <translation>Days between purchases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check by segment</source>
        <translation>Average check by segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New and returning customers by week</source>
        <translation>New and returning customers by week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points: redemption, liability, expiring</source>
        <translation>Points: redemption, liability, expiring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions followed</source>
        <translation>Suggestions followed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints and what was done</source>
        <translation>Complaints and what was done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns with and without a receipt</source>
        <translation>Returns with and without a receipt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Birthdays</source>
        <translation>Birthdays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client-day invitations</source>
        <translation>Client-day invitations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant customers</source>
        <translation>Dormant customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due for a visit</source>
        <translation>Due for a visit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>personal data</source>
        <translation>personal data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points credited</source>
        <translation>Points credited</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dormant</source>
        <translation>dormant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>periodic</source>
        <translation>periodic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regular</source>
        <translation>regular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&quot;%1&quot; does not run on %2, %n day(s) from today: today is not its announcement day, so nobody is invited.</source>
        <translation>
            <numerusform>&quot;%1&quot; does not run on %2, %n day from today: today is not its announcement day, so nobody is invited.</numerusform>
            <numerusform>&quot;%1&quot; does not run on %2, %n days from today: today is not its announcement day, so nobody is invited.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The owner&apos;s bundles</source>
        <translation>The owner&apos;s bundles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often bought together</source>
        <translation>Often bought together</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>With a receipt</source>
        <translation>With a receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a receipt</source>
        <translation>Without a receipt</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReportsPage</name>
    <message>
        <location line="+822"/>
        <source>This shop</source>
        <translation>This shop</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save chart as PNG…</source>
        <translation>Save chart as PNG…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Whole company</source>
        <translation>Whole company</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, %2 to %3.</source>
        <translation>%1, %2 to %3.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The report could not be written to %1: check the folder and the free space.</source>
        <translation>The report could not be written to %1: check the folder and the free space.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The chart could not be written to %1: check the folder and the free space.</source>
        <translation>The chart could not be written to %1: check the folder and the free space.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReprintDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="+296"/>
        <source>Reprint a receipt</source>
        <translation>Reprint a receipt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a copy (Enter)</source>
        <translation>Print a copy (Enter)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnDialog</name>
    <message>
        <location filename="../../ui/src/return_dialog.cpp" line="+28"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan the receipt&apos;s barcode or type its number, then Enter</source>
        <translation>Scan the receipt&apos;s barcode or type its number, then Enter</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned before</source>
        <translation>Returned before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back now</source>
        <translation>Back now</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why is it brought back? (size, fault, changed mind)</source>
        <translation>Why is it brought back? (size, fault, changed mind)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money back</source>
        <translation>Money back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points taken back</source>
        <translation>Points taken back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points given back</source>
        <translation>Points given back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F5: return everything</source>
        <translation>F5: return everything</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F4: no receipt</source>
        <translation>F4: no receipt</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No receipt chosen yet.</source>
        <translation>No receipt chosen yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt %1 of %2, paid %3</source>
        <translation>Receipt %1 of %2, paid %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2 kept for points already spent)</source>
        <translation>%1 (%2 kept for points already spent)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose what comes back: type the quantity in the last column (F5: all).</source>
        <translation>Choose what comes back: type the quantity in the last column (F5: all).</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnDialogBase</name>
    <message>
        <location filename="../../ui/src/return_dialog_base.cpp" line="+48"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>F12: confirm the return</source>
        <translation>F12: confirm the return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Money back by</source>
        <translation>Money back by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RulesEditorPage</name>
    <message>
        <location filename="../../ui/src/rules_editor.cpp" line="+423"/>
        <source>Add a programme</source>
        <translation>Add a programme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove the programme</source>
        <translation>Remove the programme</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What would the draft have done? (last 30 days)</source>
        <translation>What would the draft have done? (last 30 days)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as a new version</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For this shop only</source>
        <translation>For this shop only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shop&apos;s own promotions: the other shops keep the company&apos;s rules.</source>
        <translation>A shop&apos;s own promotions: the other shops keep the company&apos;s rules.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over from the saved rules</source>
        <translation>Start over from the saved rules</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current rules</source>
        <translation>Current rules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bonus points</source>
        <translation>Bonus points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Club card levels</source>
        <translation>Club card levels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff or partner discount</source>
        <translation>Staff or partner discount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp card</source>
        <translation>Stamp card</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon codes</source>
        <translation>Coupon codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotion or client day</source>
        <translation>Promotion or client day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome: first purchase</source>
        <translation>Welcome: first purchase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommend a friend</source>
        <translation>Recommend a friend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win back a dormant customer</source>
        <translation>Win back a dormant customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon for the next visit</source>
        <translation>Coupon for the next visit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2 are both exclusive on every line: a line gets only the one worth more. Make one combinable to give both.</source>
        <translation>%1 and %2 are both exclusive on every line: a line gets only the one worth more. Make one combinable to give both.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 are both exclusive on %3: a line gets only the one worth more. Make one combinable to give both.</source>
        <translation>%1 and %2 are both exclusive on %3: a line gets only the one worth more. Make one combinable to give both.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ended on %2: it will not run again.</source>
        <translation>%1 ended on %2: it will not run again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 never runs: none of its weekdays falls between its first and last day.</source>
        <translation>%1 never runs: none of its weekdays falls between its first and last day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is switched off.</source>
        <translation>%1 is switched off.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Add a programme, or choose one on the left.</source>
        <translation>Add a programme, or choose one on the left.</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n new code(s) added; print them before saving or after.</source>
        <translation>
            <numerusform>%n new code added; print it before saving or after.</numerusform>
            <numerusform>%n new codes added; print them before saving or after.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Last 30 days: %1 receipts, %2 customers. With the draft %3 receipts and %4 customers would get another discount or other points.</source>
        <translation>Last 30 days: %1 receipts, %2 customers. With the draft %3 receipts and %4 customers would get another discount or other points.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved as rules version %1 for this shop. Its tills use it from their next sale.</source>
        <translation>Saved as rules version %1 for this shop. Its tills use it from their next sale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as rules version %1. The tills use it from their next sale.</source>
        <translation>Saved as rules version %1. The tills use it from their next sale.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RulesPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="+13"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What would it have done? (last 30 days)</source>
        <translation>What would it have done? (last 30 days)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current rules</source>
        <translation>Current rules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That version</source>
        <translation>That version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Version %1 says what the current rules say.</source>
        <translation>Version %1 says what the current rules say.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Going back to version %1 changes:</source>
        <translation>Going back to version %1 changes:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>Choose a version first.</source>
        <translation>Choose a version first.</translation>
    </message>
    <message>
        <location line="-1032"/>
        <source>Discount cost</source>
        <translation>Discount cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points issued</source>
        <translation>Points issued</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales before discounts</source>
        <translation>Sales before discounts</translation>
    </message>
    <message>
        <location line="+1010"/>
        <source>Last 30 days: %1 receipts, %2 customers. With that version %3 receipts and %4 customers would get another discount or other points.</source>
        <translation>Last 30 days: %1 receipts, %2 customers. With that version %3 receipts and %4 customers would get another discount or other points.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version %1 is saved again as version %2. The till uses it from its next start.</source>
        <translation>Version %1 is saved again as version %2. The till uses it from its next start.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::SaleScreen</name>
    <message>
        <location filename="../../ui/src/sale_screen.cpp" line="+65"/>
        <source>Kassa</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+81"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid with points</source>
        <translation>Paid with points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points to earn</source>
        <translation>Points to earn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scan or type a barcode, card, phone or receipt number, then Enter</source>
        <translation>Scan or type a barcode, card, phone or receipt number, then Enter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Customer card</source>
        <translation>Customer card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find product</source>
        <translation>Find product</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold / resume</source>
        <translation>Hold / resume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sale</source>
        <translation>Cancel sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+416"/>
        <source>A return without a receipt needs the owner&apos;s PIN.</source>
        <translation>A return without a receipt needs the owner&apos;s PIN.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The owner&apos;s desk is not available on this till.</source>
        <translation>The owner&apos;s desk is not available on this till.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner&apos;s desk (settings, whom to call, reports) needs the owner&apos;s PIN.</source>
        <translation>The owner&apos;s desk (settings, whom to call, reports) needs the owner&apos;s PIN.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No camera is connected to this till: scan the card or type the phone number.</source>
        <translation>No camera is connected to this till: scan the card or type the phone number.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Identify the customer first: scan her card or find her with F4.</source>
        <translation>Identify the customer first: scan her card or find her with F4.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Goes well with: %1</source>
        <translation>Goes well with: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling a sale after payment has started needs the owner&apos;s PIN.</source>
        <translation>Cancelling a sale after payment has started needs the owner&apos;s PIN.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removing &quot;%1&quot; after payment has started needs the owner&apos;s PIN.</source>
        <translation>Removing &quot;%1&quot; after payment has started needs the owner&apos;s PIN.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The shift opened on %1 is still open: it goes on until its Z report (Ctrl+F10).</source>
        <translation>The shift opened on %1 is still open: it goes on until its Z report (Ctrl+F10).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cashier: %1</source>
        <translation>Cashier: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (%2 points)</source>
        <translation>%1 (%2 points)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, usable from %2</source>
        <translation>%1, usable from %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>paid %1, left %2</source>
        <translation>paid %1, left %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No customer. Scan a loyalty card or type a phone number (F4).</source>
        <translation>No customer. Scan a loyalty card or type a phone number (F4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Good morning!</source>
        <translation>Good morning!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good morning, %1!</source>
        <translation>Good morning, %1!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good afternoon!</source>
        <translation>Good afternoon!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good afternoon, %1!</source>
        <translation>Good afternoon, %1!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good evening!</source>
        <translation>Good evening!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good evening, %1!</source>
        <translation>Good evening, %1!</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Points: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On hold: %1, usable from %2</source>
        <translation>On hold: %1, usable from %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold: %1</source>
        <translation>On hold: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tier yet</source>
        <translation>No tier yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier: %1</source>
        <translation>Tier: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with this purchase!</source>
        <translation>%1 with this purchase!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 more for %2</source>
        <translation>%1 more for %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 of %3 for %4</source>
        <translation>%1: %2 of %3 for %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Birthday week! Congratulate the customer.</source>
        <translation>Birthday week! Congratulate the customer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday: %1</source>
        <translation>Birthday: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 points expire on %2</source>
        <translation>%1 points expire on %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent: personal data %1, SMS %2, e-mail %3</source>
        <translation>Consent: personal data %1, SMS %2, e-mail %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tip: </source>
        <translation>Tip: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift: </source>
        <translation>Gift: </translation>
    </message>
</context>
<context>
    <name>kassa::ui::SettingsPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="-1012"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Country of phone numbers typed without +</source>
        <translation>Country of phone numbers typed without +</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed above every receipt: address, VAT number (up to %1 lines of %2 characters)</source>
        <translation>Printed above every receipt: address, VAT number (up to %1 lines of %2 characters)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt header</source>
        <translation>Receipt header</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt printer and cash drawer</source>
        <translation>Receipt printer and cash drawer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tcp://192.168.1.50:9100 or usb:04b8:0e15; empty: the office printer</source>
        <translation>tcp://192.168.1.50:9100 or usb:04b8:0e15; empty: the office printer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find USB printers</source>
        <translation>Find USB printers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer address</source>
        <translation>Printer address</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Any other ESC/POS printer</source>
        <translation>Any other ESC/POS printer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 mm paper)</source>
        <translation>%1 (%2 mm paper)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer model</source>
        <translation>Printer model</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a PNG printed above the header; empty: none</source>
        <translation>a PNG printed above the header; empty: none</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt logo</source>
        <translation>Receipt logo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pin 2 (most drawers)</source>
        <translation>Pin 2 (most drawers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin 5</source>
        <translation>Pin 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer on</source>
        <translation>Cash drawer on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash in or out above this needs the owner&apos;s PIN</source>
        <translation>Cash in or out above this needs the owner&apos;s PIN</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scanners and card readers</source>
        <translation>Scanners and card readers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest pause between the keys of one scan</source>
        <translation>Longest pause between the keys of one scan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortest scan (characters)</source>
        <translation>Shortest scan (characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab ends a scan, as Enter does</source>
        <translation>Tab ends a scan, as Enter does</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office database</source>
        <translation>Office database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the office every</source>
        <translation>Sync with the office every</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The receipt logo</source>
        <translation>The receipt logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a printer address: write tcp://HOST:PORT for a network printer or usb:VID:PID for a USB one, or leave it empty.</source>
        <translation>&quot;%1&quot; is not a printer address: write tcp://HOST:PORT for a network printer or usb:VID:PID for a USB one, or leave it empty.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The printer&apos;s network name or IP address is missing or wrong: write it like tcp://192.168.1.50:9100.</source>
        <translation>The printer&apos;s network name or IP address is missing or wrong: write it like tcp://192.168.1.50:9100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The port must be a number from 1 to 65535; receipt printers listen on 9100.</source>
        <translation>The port must be a number from 1 to 65535; receipt printers listen on 9100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A USB printer is written usb:VID:PID with four hexadecimal digits each, like usb:04b8:0e15 (kassactl devices lists them).</source>
        <translation>A USB printer is written usb:VID:PID with four hexadecimal digits each, like usb:04b8:0e15 (kassactl devices lists them).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no picture file %1.</source>
        <translation>There is no picture file %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a PNG picture Kassa can read.</source>
        <translation>%1 is not a PNG picture Kassa can read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a receipt logo: use a PNG a few hundred pixels wide.</source>
        <translation>%1 is too large for a receipt logo: use a PNG a few hundred pixels wide.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the cash limit as an amount, like %1.</source>
        <translation>Write the cash limit as an amount, like %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(set by the loyalty rules)</source>
        <translation>(set by the loyalty rules)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>See the sentences next to the fields.</source>
        <translation>See the sentences next to the fields.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The limit must be from 0 to %1.</source>
        <translation>The limit must be from 0 to %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The shop needs a name: it is printed on every receipt.</source>
        <translation>The shop needs a name: it is printed on every receipt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer does not know the time zone &quot;%1&quot;: write it like Europe/Tallinn.</source>
        <translation>This computer does not know the time zone &quot;%1&quot;: write it like Europe/Tallinn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a country code for phone numbers: write two letters like EE or LV.</source>
        <translation>&quot;%1&quot; is not a country code for phone numbers: write two letters like EE or LV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The till speaks English, Russian and Estonian only.</source>
        <translation>The till speaks English, Russian and Estonian only.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt header is at most %1 lines of %2 characters; &quot;%3&quot; does not fit.</source>
        <translation>The receipt header is at most %1 lines of %2 characters; &quot;%3&quot; does not fit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cash limit for the owner&apos;s PIN cannot be below zero or above what a drawer holds.</source>
        <translation>The cash limit for the owner&apos;s PIN cannot be below zero or above what a drawer holds.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Settings saved. The till uses the new receipt printer from its next start.</source>
        <translation>Settings saved. The till uses the new receipt printer from its next start.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shop settings were saved, the scanner timing was not.</source>
        <translation>The shop settings were saved, the scanner timing was not.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The shop&apos;s currency &quot;%1&quot; is not a currency code: the shop&apos;s file needs the owner&apos;s or support&apos;s attention.</source>
        <translation>The shop&apos;s currency &quot;%1&quot; is not a currency code: the shop&apos;s file needs the owner&apos;s or support&apos;s attention.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office sync interval must be %1 to %2 seconds.</source>
        <translation>The office sync interval must be %1 to %2 seconds.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pause between the keys of a scan must be %1 to %2 ms; people type slower than that, scanners faster.</source>
        <translation>The pause between the keys of a scan must be %1 to %2 ms; people type slower than that, scanners faster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shortest scan must be %1 to %2 characters.</source>
        <translation>The shortest scan must be %1 to %2 characters.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No USB receipt printer is plugged in, or this computer does not let Kassa read USB devices (see docs/packaging.md, udev rules).</source>
        <translation>No USB receipt printer is plugged in, or this computer does not let Kassa read USB devices (see docs/packaging.md, udev rules).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Found: %1. The first one&apos;s address is filled in; save to use it.</source>
        <translation>Found: %1. The first one&apos;s address is filled in; save to use it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scanners typing like a keyboard: read by the timing above</source>
        <translation>Scanners typing like a keyboard: read by the timing above</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unplugged</source>
        <translation>%1: unplugged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: connected</source>
        <translation>%1: connected</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n connected</source>
        <translation>
            <numerusform>%1: %n connected</numerusform>
            <numerusform>%1: %n connected</numerusform>
        </translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+22"/>
        <location line="+20"/>
        <location line="+36"/>
        <location line="+3"/>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The receipt printer address &quot;%1&quot; is not usable: write tcp://HOST:9100 or usb:VID:PID in the printer&apos;s field, or leave it empty.</source>
        <translation>The receipt printer address &quot;%1&quot; is not usable: write tcp://HOST:9100 or usb:VID:PID in the printer&apos;s field, or leave it empty.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="-139"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cash in</source>
        <translation>cash in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash out</source>
        <translation>cash out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sale</source>
        <translation>no sale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print X</source>
        <translation>print X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reprint receipt</source>
        <translation>reprint receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close the shift (Z)</source>
        <translation>close the shift (Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation>Back (Esc)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cash above the shop&apos;s limit needs the owner&apos;s PIN.</source>
        <translation>Cash above the shop&apos;s limit needs the owner&apos;s PIN.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opening the drawer without a sale needs the owner&apos;s PIN.</source>
        <translation>Opening the drawer without a sale needs the owner&apos;s PIN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>No receipt printer is set up in the shop&apos;s settings.</source>
        <translation>No receipt printer is set up in the shop&apos;s settings.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The X report goes to the printer.</source>
        <translation>The X report goes to the printer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Receipt %1 goes to the printer, marked COPY.</source>
        <translation>Receipt %1 goes to the printer, marked COPY.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftsPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="+951"/>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over / short</source>
        <translation>Over / short</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+84"/>
        <source>Print the X report</source>
        <translation>Print the X report</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, closed by %2</source>
        <translation>%1, closed by %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No shift yet: the till opens one at the first login of the day.</source>
        <translation>No shift yet: the till opens one at the first login of the day.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print Z %1 again (copy)</source>
        <translation>Print Z %1 again (copy)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No receipt printer is set up in the shop&apos;s settings.</source>
        <translation>No receipt printer is set up in the shop&apos;s settings.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Z report %1 goes to the printer, marked COPY.</source>
        <translation>Z report %1 goes to the printer, marked COPY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The X report goes to the printer.</source>
        <translation>The X report goes to the printer.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShopRefusalText</name>
    <message>
        <location filename="../../ui/src/shop_refusal_text.cpp" line="+21"/>
        <source>The shop&apos;s file %1 does not exist.
A demo shop is made with: kassactl demo --db %1</source>
        <translation>The shop&apos;s file %1 does not exist.
A demo shop is made with: kassactl demo --db %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Kassa shop&apos;s file. Check the path given with --db.</source>
        <translation>%1 is not a Kassa shop&apos;s file. Check the path given with --db.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s file %1 is damaged. Do not delete it: restore the latest backup or call support.</source>
        <translation>The shop&apos;s file %1 is damaged. Do not delete it: restore the latest backup or call support.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s file %1 was written by a newer Kassa (version %2 of the file; this Kassa reads up to %3). Install the newer Kassa on this till.</source>
        <translation>The shop&apos;s file %1 was written by a newer Kassa (version %2 of the file; this Kassa reads up to %3). Install the newer Kassa on this till.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shop&apos;s file %1 is locked by another program. Close it, or wait a moment, and start Kassa again.</source>
        <translation>The shop&apos;s file %1 is locked by another program. Close it, or wait a moment, and start Kassa again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s file %1 cannot be read and written by this user. Check its permissions and the disk.</source>
        <translation>The shop&apos;s file %1 cannot be read and written by this user. Check its permissions and the disk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk of the shop&apos;s file %1 is full: the file could not be brought up to this Kassa. Free some space and start Kassa again.</source>
        <translation>The disk of the shop&apos;s file %1 is full: the file could not be brought up to this Kassa. Free some space and start Kassa again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>The shop&apos;s file %1 cannot be opened. Call support.</source>
        <translation>The shop&apos;s file %1 cannot be opened. Call support.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The shop has no loyalty rules yet. Save them with: kassactl rules save --db %1 RULES.json --by NAME</source>
        <translation>The shop has no loyalty rules yet. Save them with: kassactl rules save --db %1 RULES.json --by NAME</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The shop&apos;s loyalty rules (version %1) have %n problem(s). See them all with: kassactl rules show --db %2 | kassactl rules check</source>
        <translation>
            <numerusform>The shop&apos;s loyalty rules (version %1) have %n problem. See them all with: kassactl rules show --db %2 | kassactl rules check</numerusform>
            <numerusform>The shop&apos;s loyalty rules (version %1) have %n problems. See them all with: kassactl rules show --db %2 | kassactl rules check</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The time zone %1 of the shop&apos;s loyalty rules is not known to this computer. Install the time zone data (tzdata) or correct the rules.</source>
        <translation>The time zone %1 of the shop&apos;s loyalty rules is not known to this computer. Install the time zone data (tzdata) or correct the rules.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s time zone %1 is not known to this computer. Install the time zone data (tzdata) or correct it with: kassactl settings set --db %2 time_zone=ZONE --actor NAME</source>
        <translation>The shop&apos;s time zone %1 is not known to this computer. Install the time zone data (tzdata) or correct it with: kassactl settings set --db %2 time_zone=ZONE --actor NAME</translation>
    </message>
</context>
<context>
    <name>kassa::ui::VatPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="-405"/>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Latvia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Lithuania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+17"/>
        <source>exempt</source>
        <translation>exempt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prices include VAT. Each product is sold at its category&apos;s rate unless it has its own. A change applies to the next sales; receipts already made keep their rates.</source>
        <translation>Prices include VAT. Each product is sold at its category&apos;s rate unless it has its own. A change applies to the next sales; receipts already made keep their rates.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Country&apos;s rates</source>
        <translation>Country&apos;s rates</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standard rate for every category</source>
        <translation>Standard rate for every category</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the rates</source>
        <translation>Save the rates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One product&apos;s own rate</source>
        <translation>One product&apos;s own rate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>24, 9 or exempt; empty: its category&apos;s rate</source>
        <translation>24, 9 or exempt; empty: its category&apos;s rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 standard</source>
        <translation>%1 standard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reduced</source>
        <translation>%1 reduced</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 zero-rated</source>
        <translation>%1 zero-rated</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type 24, 25,5 or exempt</source>
        <translation>Type 24, 25,5 or exempt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Categories without a rate: %1. Their products are sold at 0% until one is set.</source>
        <translation>Categories without a rate: %1. Their products are sold at 0% until one is set.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every category has the standard rate now (%1: %2). Type the reduced rate where it applies, then save.</source>
        <translation>Every category has the standard rate now (%1: %2). Type the reduced rate where it applies, then save.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; for %2 is not a VAT rate: write a percentage from 0 to 100 such as 24 or 25,5, or exempt.</source>
        <translation>&quot;%1&quot; for %2 is not a VAT rate: write a percentage from 0 to 100 such as 24 or 25,5, or exempt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rates saved: %1.</source>
        <translation>Rates saved: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the product&apos;s SKU.</source>
        <translation>Type the product&apos;s SKU.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a VAT rate: write a percentage from 0 to 100 such as 24 or 25,5, or exempt; leave it empty for the category&apos;s rate.</source>
        <translation>&quot;%1&quot; is not a VAT rate: write a percentage from 0 to 100 such as 24 or 25,5, or exempt; leave it empty for the category&apos;s rate.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no product with the SKU %1.</source>
        <translation>There is no product with the SKU %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is sold at %3.</source>
        <translation>%1 (%2) is sold at %3.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2) follows its category again: %3.</source>
        <translation>%1 (%2) follows its category again: %3.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WedgeFilter</name>
    <message>
        <location filename="../../ui/src/wedge_filter.cpp" line="+67"/>
        <source>This is a bank card, not a loyalty card. Nothing of it was kept.</source>
        <translation>This is a bank card, not a loyalty card. Nothing of it was kept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card could not be read: swipe it again.</source>
        <translation>The card could not be read: swipe it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card carries no loyalty number.</source>
        <translation>This card carries no loyalty number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanner sent unreadable text: scan again.</source>
        <translation>The scanner sent unreadable text: scan again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture could not be read.</source>
        <translation>The picture could not be read.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scanner or card reader stopped working: check its cable.</source>
        <translation>The scanner or card reader stopped working: check its cable.</translation>
    </message>
</context>
</TS>
