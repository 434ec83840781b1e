<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../../ui/src/receipt_printer.cpp" line="+35"/>
        <source>COPY</source>
        <extracomment>Printed large on a reprinted receipt.</extracomment>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money back</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT included</source>
        <translation>В т. ч. НДС</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="+41"/>
        <source>X report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z report</source>
        <translation>Z-отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening float</source>
        <translation>Размен на начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected in drawer</source>
        <translation>Должно быть в кассе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Пересчитано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over (+) / short (-)</source>
        <translation>Излишек (+) / недостача (-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left in drawer</source>
        <translation>Оставлено в кассе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods before discounts</source>
        <translation>Товары до скидок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points redeemed</source>
        <translation>Оплачено баллами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total paid</source>
        <translation>Всего оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>Чеков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns made</source>
        <translation>Возвратов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt numbers</source>
        <translation>Номера чеков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not closed: no count yet</source>
        <translation>Не закрыта: касса не пересчитана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT included (rate, sales, VAT)</source>
        <translation>В т. ч. НДС (ставка, продажи, НДС)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exempt</source>
        <translation>без НДС</translation>
    </message>
</context>
<context>
    <name>kassa::Main</name>
    <message>
        <location filename="../../app/kassa/main.cpp" line="+54"/>
        <source>Kassa cannot start</source>
        <translation>Не удаётся запустить Kassa</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>USB scanners and card readers cannot be read on this computer (%1); scanners typing like a keyboard still work.</source>
        <translation>На этом компьютере нельзя читать USB-сканеры и считыватели карт (%1); сканеры, работающие как клавиатура, работают.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kassa: the till of a shop with a loyalty programme</source>
        <translation>Kassa: касса магазина с программой лояльности</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s file (made by kassactl db init or demo).</source>
        <translation>Файл магазина (создаётся командой kassactl db init или demo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translatorcomment>Как в «kassa --db ПУТЬ» ниже.</translatorcomment>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This till&apos;s id (default till-1).</source>
        <translation>Номер этой кассы (по умолчанию till-1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screen&apos;s language: en, ru or et (default: the shop&apos;s).</source>
        <translation>Язык экрана: en, ru или et (по умолчанию — язык магазина).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the whole screen (the kiosk session of a dedicated till).</source>
        <translation>Занять весь экран (киоск-сеанс отдельной кассы).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Start Kassa with the shop&apos;s file: kassa --db PATH.
A demo shop is made with: kassactl demo --db PATH</source>
        <translation>Запустите Kassa с файлом магазина: kassa --db ПУТЬ.
Демо-магазин создаётся командой: kassactl demo --db ПУТЬ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Unknown language %1: use en, ru or et.</source>
        <translation>Неизвестный язык %1: укажите en, ru или et.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The owner&apos;s account</source>
        <translation>Учётная запись владельца</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CameraDialog</name>
    <message>
        <location filename="../../ui/src/camera_reader.cpp" line="+162"/>
        <source>Read with the camera</source>
        <translation>Чтение камерой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold the loyalty card, or its code on the phone&apos;s screen, up to the camera.</source>
        <translation>Поднесите карту клиента или её код на экране телефона к камере.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The camera cannot be used. Scan the card or type the phone number instead.</source>
        <translation>Камеру нельзя использовать. Отсканируйте карту или введите номер телефона.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is a bank card, not a loyalty card. Hold up the loyalty card or its code.</source>
        <translation>Это банковская карта, а не карта клиента. Поднесите карту клиента или её код.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CancelDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="+269"/>
        <source>Cancel the sale</source>
        <translation>Отмена продажи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is the sale cancelled?</source>
        <translation>Почему отменяется продажа?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The customer changed their mind</source>
        <translation>Покупатель передумал</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not enough money</source>
        <translation>Не хватило денег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned by mistake</source>
        <translation>Пробито по ошибке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price dispute</source>
        <translation>Спор о цене</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the sale (Enter)</source>
        <translation>Отменить продажу (Enter)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose or type a reason.</source>
        <translation>Выберите или введите причину.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CashMovementDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="+48"/>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. change from the bank</source>
        <translation>например, размен из банка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. to the bank, a delivery</source>
        <translation>например, в банк, оплата поставки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record (Enter)</source>
        <translation>Записать (Enter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type an amount above zero, such as %1.</source>
        <translation>Введите сумму больше нуля, например %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CloseShiftDialog</name>
    <message>
        <location line="+18"/>
        <source>Close the shift (Z report)</source>
        <translation>Закрыть смену (Z-отчёт)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the drawer: how many of each note and coin, or type the total below.</source>
        <translation>Пересчитайте кассу: сколько купюр и монет каждого номинала, или введите общую сумму ниже.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counted in total</source>
        <translation>Всего пересчитано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left in the drawer for the next shift</source>
        <translation>Оставить в кассе на следующую смену</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the shift (Enter)</source>
        <translation>Закрыть смену (Enter)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Count whole notes and coins: %1 is not a count.</source>
        <translation>Считайте целые купюры и монеты: %1 — не количество.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the counted cash, such as %1.</source>
        <translation>Введите пересчитанную сумму, например %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the float left in the drawer, such as %1.</source>
        <translation>Введите сумму, оставляемую в кассе, например %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CompanyPage</name>
    <message>
        <location filename="../../ui/src/company_page.cpp" line="+115"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the whole company&apos;s figures from the office…</source>
        <translation>Показатели всей компании загружаются из офиса…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1, %2 to %3, by shop: what the tills have sent to the office (sales a till has not sent yet are not counted).</source>
        <translation>%1, с %2 по %3, по магазинам: то, что кассы отправили в офис (продажи, ещё не отправленные кассой, не учтены).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The whole company&apos;s figures could not be read; call support.</source>
        <translation>Показатели всей компании не удалось прочитать; обратитесь в поддержку.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whole company</source>
        <translation>Вся компания</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CompanyText</name>
    <message>
        <location line="-168"/>
        <source>The office cannot be reached, so the whole company&apos;s figures cannot be shown now. The till keeps selling; try again later.</source>
        <translation>Офис недоступен, поэтому показатели всей компании сейчас показать нельзя. Касса продолжает продавать; попробуйте позже.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The office refused this till&apos;s login; the owner must check this till&apos;s password.</source>
        <translation>Офис отклонил вход этой кассы; владелец должен проверить пароль этой кассы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office database is newer than this till; install the newer Kassa.</source>
        <translation>База данных офиса новее этой кассы; установите новую версию Kassa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office database does not know this till; join it again.</source>
        <translation>База данных офиса не знает эту кассу; подключите её заново.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The office did not give the figures; try again later or call support.</source>
        <translation>Офис не выдал показатели; попробуйте позже или обратитесь в поддержку.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipts</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross</source>
        <translation>Валовая сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discounts</source>
        <translation>Скидки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money back</source>
        <translation>К возврату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points earned</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points redeemed</source>
        <translation>Оплачено баллами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation>Новые покупатели</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ConflictsPage</name>
    <message>
        <location filename="../../ui/src/conflicts_page.cpp" line="+24"/>
        <source>Two tills that could not reach the office did the same thing twice. Nothing was lost: both are kept until you settle them here.</source>
        <translation>Две кассы без связи с офисом сделали одно и то же дважды. Ничего не потеряно: оба действия сохранены, пока вы не разберёте их здесь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the settled ones too</source>
        <translation>Показывать и разобранные</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other customer</source>
        <translation>Другой покупатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge customers</source>
        <translation>Объединить покупателей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other customer&apos;s cards, points, purchases, consents, notes and history move to the one you keep; her phone is freed.</source>
        <translation>Карты, баллы, покупки, согласия, заметки и история другого покупателя переходят к тому, кого вы оставляете; его телефон освобождается.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as dealt with</source>
        <translation>Отметить как разобранный</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Points spent twice</source>
        <translation>Баллы списаны дважды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone enrolled twice</source>
        <translation>Телефон записан дважды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card given twice</source>
        <translation>Карта выдана дважды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited at two tills</source>
        <translation>Изменено на двух кассах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon used twice</source>
        <translation>Купон использован дважды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged both ways</source>
        <translation>Объединены в обе стороны</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to keep her data</source>
        <translation>Согласие на хранение данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS consent</source>
        <translation>Согласие на SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail consent</source>
        <translation>Согласие на письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure</source>
        <translation>Удаление данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card status</source>
        <translation>Статус карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement card</source>
        <translation>Карта на замену</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blocked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lost</source>
        <translation>потеряна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replaced</source>
        <translation>заменена</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not in this till&apos;s file)</source>
        <translation>(нет в файле этой кассы)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>card %1</source>
        <translation>карта %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merged</source>
        <translation>объединён</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Points missing: %1</source>
        <translation>Не хватает баллов: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone %1</source>
        <translation>Телефон %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card %1</source>
        <translation>Карта %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: kept %2, the other till&apos;s %3 is in the audit log</source>
        <translation>%1: оставлено %2, значение другой кассы (%3) — в журнале</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Coupon %1: receipt %2 took off %3, then receipt %4 took off %5; both sales stand</source>
        <translation>Купон %1: чек %2 дал скидку %3, затем чек %4 дал скидку %5; обе продажи остаются</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged into each other at two tills: every till keeps the first merge made</source>
        <translation>Объединены друг в друга на двух кассах: все кассы оставляют первое сделанное объединение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>merged by %1, %2</source>
        <translation>объединил(а) %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dealt with by %1, %2</source>
        <translation>разобрал(а) %1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No conflict was ever found.</source>
        <translation>Конфликтов ещё не было.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open conflicts: the tills agree.</source>
        <translation>Открытых конфликтов нет: кассы согласны.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose a phone or a card enrolled twice first.</source>
        <translation>Сначала выберите телефон или карту, записанные дважды.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was merged into %2; her balance: %3 points.</source>
        <translation>%1 объединён(а) с %2; баллов на счету: %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose an open conflict first.</source>
        <translation>Сначала выберите открытый конфликт.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marked as dealt with: %1.</source>
        <translation>Отмечено как разобранное: %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CouponDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="-183"/>
        <source>Coupons</source>
        <translation>Купоны</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan or type the coupon code, then Enter</source>
        <translation>Отсканируйте или введите код купона и нажмите Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Del: remove the selected coupon</source>
        <translation>Del: убрать выбранный купон</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done (Esc)</source>
        <translation>Готово (Esc)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerCardDialog</name>
    <message>
        <location filename="../../ui/src/customer_card_dialog.cpp" line="+45"/>
        <source>Customer card: %1 %2</source>
        <translation>Карта покупателя: %1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note or attribute</source>
        <translation>Заметка или признак</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <location line="+2"/>
        <location line="+6"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>A note for the next visit: &quot;prefers SMS after 18:00&quot;</source>
        <translation>Заметка к следующему визиту: «SMS лучше после 18:00»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>size, colours, ...</source>
        <translation>размер, цвета, ...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>value (empty removes it)</source>
        <translation>значение (пустое удаляет)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forgot her card? Scan a new one here to bind it to her</source>
        <translation>Забыла карту? Отсканируйте здесь новую, чтобы привязать её</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bind card</source>
        <translation>Привязать карту</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No personal-data consent: notes cannot be kept</source>
        <translation>Нет согласия на персональные данные: заметки хранить нельзя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>О покупателе</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points history</source>
        <translation>История баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replaced</source>
        <translation>Заменили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Вернули деньги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points credited (owner)</source>
        <translation>Начислены баллы (владелец)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points credited</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipt number (optional)</source>
        <translation>номер чека (необязательно)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the complaint</source>
        <translation>Записать жалобу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Earned</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spent</source>
        <translation>Списано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Сгорело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken back on a return</source>
        <translation>Списано при возврате</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given back on a return</source>
        <translation>Восстановлено при возврате</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome points for joining</source>
        <translation>Приветственные баллы за вступление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid with points</source>
        <translation>Оплачено баллами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The points expired</source>
        <translation>Срок действия баллов истёк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goods were returned</source>
        <translation>Товар вернули</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points paid for returned goods</source>
        <translation>Баллы, которыми оплатили возвращённый товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brought from the shop&apos;s old system</source>
        <translation>Перенесено из старой системы магазина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill credit for a complaint: %1</source>
        <translation>Баллы в возмещение по жалобе: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday: %1</source>
        <translation>День рождения: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Consent: %1</source>
        <translation>Согласие: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (blocked)</source>
        <translation> (заблокирована)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cards: %1</source>
        <translation>Карты: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points: %1; purchases: %2; spent in all: %3</source>
        <translation>Баллы: %1; покупок: %2; потрачено всего: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tier: none reached yet</source>
        <translation>Уровень: пока не достигнут</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no tier from %1</source>
        <translation>без уровня с %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 from %2</source>
        <translation>%1 с %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier history: %1</source>
        <translation>История уровней: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Buys about every %n day(s)</source>
        <translation>
            <numerusform>Покупает примерно раз в %n день</numerusform>
            <numerusform>Покупает примерно раз в %n дня</numerusform>
            <numerusform>Покупает примерно раз в %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too few purchases to tell how often she buys</source>
        <translation>Слишком мало покупок, чтобы сказать, как часто она покупает</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stamps: %1</source>
        <translation>Штампы: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Coupons not used yet: %1</source>
        <translation>Неиспользованные купоны: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Type the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note kept.</source>
        <translation>Заметка сохранена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the attribute first (size, colours, ...).</source>
        <translation>Сначала назовите признак (размер, цвета, ...).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attribute kept.</source>
        <translation>Признак сохранён.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan the new card first.</source>
        <translation>Сначала отсканируйте новую карту.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new card is hers now; her points stay with her.</source>
        <translation>Новая карта теперь её; баллы остаются при ней.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say what the complaint is about first.</source>
        <translation>Сначала опишите жалобу.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a receipt number.</source>
        <translation>«%1» — не номер чека.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say how many points are credited.</source>
        <translation>Укажите, сколько баллов начислить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A goodwill credit of points needs the owner&apos;s PIN.</source>
        <translation>Для начисления баллов в качестве компенсации нужен PIN владельца.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Complaint recorded.</source>
        <translation>Жалоба записана.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::CustomerSearchDialog</name>
    <message>
        <location filename="../../ui/src/search_dialogs.cpp" line="+105"/>
        <source>Find a customer</source>
        <translation>Поиск клиента</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number or name, then Enter</source>
        <translation>Номер телефона или имя и Enter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>F9: take the customer off the sale</source>
        <translation>F9: убрать клиента из чека</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::DeviceBridge</name>
    <message>
        <location filename="../../ui/src/device_bridge.cpp" line="+51"/>
        <source>The card could not be read. Please swipe it again.</source>
        <translation>Карта не считалась. Проведите её ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a bank card, not a loyalty card. Nothing of it was kept.</source>
        <translation>Это банковская карта, а не карта клиента. Её данные не сохранены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card has no loyalty number on its stripe.</source>
        <translation>На магнитной полосе этой карты нет номера карты клиента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanner sent a code that is not text. Please scan it again.</source>
        <translation>Сканер передал код, который не является текстом. Отсканируйте ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scanner is plugged in but Kassa may not read it: install the udev rules (69-kassa-usb.rules) and plug it in again.</source>
        <translation>Сканер подключён, но у Kassa нет к нему доступа: установите правила udev (69-kassa-usb.rules) и подключите сканер заново.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A scanner is plugged in but another program holds it. Close that program or plug the scanner in again.</source>
        <translation>Сканер подключён, но занят другой программой. Закройте её или подключите сканер заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A scanner stopped answering. Plug it in again.</source>
        <translation>Сканер перестал отвечать. Подключите его заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture could not be read.</source>
        <translation>Не удалось распознать изображение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A scanner reported a problem. Please scan it again.</source>
        <translation>Сканер сообщил о проблеме. Отсканируйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::Dialogs</name>
    <message>
        <location filename="../../ui/src/login_dialog.cpp" line="+28"/>
        <location filename="../../ui/src/util.hpp" line="+68"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::EnrolDialog</name>
    <message>
        <location filename="../../ui/src/enrol_dialog.cpp" line="+36"/>
        <source>Enrol a customer</source>
        <translation>Регистрация клиента</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5123 4567 or +372 5123 4567</source>
        <translation>5123 4567 или +372 5123 4567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (optional)</source>
        <translation>%1 (необязательно)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translatorcomment>Поле формы: номер новой карты клиента.</translatorcomment>
        <translation>Карта клиента</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>scan the new card (optional)</source>
        <translation>отсканируйте новую карту (необязательно)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data: the customer agrees</source>
        <translation>Персональные данные: клиент согласен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I agree that the shop keeps my name, phone, birthday, e-mail and purchases for its loyalty programme. I may ask for a copy of them or for their erasure at any time. Without this consent only an anonymous card can be issued.</source>
        <translation>Я даю согласие, чтобы магазин хранил мои имя, телефон, дату рождения, эл. почту и покупки для своей программы лояльности. Я могу в любое время запросить их копию или удаление. Без этого согласия выдаётся только анонимная карта.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS: offers and birthday wishes by text message</source>
        <translation>SMS: предложения и поздравления с днём рождения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail: offers and news by e-mail</source>
        <translation>Эл. почта: предложения и новости</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marketing consents can be withdrawn at any time at the till.</source>
        <translation>Согласие на рассылки можно отозвать в любое время на кассе.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrol (Enter)</source>
        <translation>Зарегистрировать (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The birthday does not read as a date: type it like %1.</source>
        <translation>Дата рождения не распознана: введите её в виде %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Without the customer&apos;s consent to keep personal data, only an anonymous card can be issued: tick the consent or clear the name, phone, birthday and e-mail.</source>
        <translation>Без согласия клиента на хранение персональных данных можно выдать только анонимную карту: отметьте согласие или очистите имя, телефон, дату рождения и эл. почту.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the customer&apos;s name and phone, or scan a card for an anonymous customer.</source>
        <translation>Введите имя и телефон клиента или отсканируйте карту для анонимного клиента.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A marketing consent needs the phone or e-mail it is for.</source>
        <translation>Для согласия на рассылку нужен телефон или эл. почта.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::FirstOwnerDialog</name>
    <message>
        <location filename="../../ui/src/login_dialog.cpp" line="+55"/>
        <source>The owner&apos;s account</source>
        <translation>Учётная запись владельца</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This shop has no accounts yet. Create the owner&apos;s account: the owner approves returns, cancellations and corrections with this PIN.</source>
        <translation>В магазине ещё нет учётных записей. Создайте учётную запись владельца: этим PIN-кодом владелец подтверждает возвраты, отмены и исправления.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>4 to 8 digits</source>
        <translation>от 4 до 8 цифр</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN-код ещё раз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create (Enter)</source>
        <translation>Создать (Enter)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the owner&apos;s name.</source>
        <translation>Введите имя владельца.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two PINs differ; type them again.</source>
        <translation>PIN-коды не совпадают; введите их ещё раз.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::Formatter</name>
    <message>
        <location filename="../../ui/src/formatter.cpp" line="+87"/>
        <location line="+86"/>
        <source>kg</source>
        <extracomment>kilograms after a weight</extracomment>
        <translatorcomment>Также принимается при вводе веса: «0,25 кг».</translatorcomment>
        <translation>кг</translation>
    </message>
</context>
<context>
    <name>kassa::ui::HeldDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="+167"/>
        <source>Hold the basket</source>
        <translatorcomment>«Чек» здесь — открытая покупка на экране (корзина).</translatorcomment>
        <translation>Отложить чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name to find this basket again (optional):</source>
        <translation>Название, чтобы потом найти этот чек (необязательно):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume a held basket</source>
        <translation>Вернуть отложенный чек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, held at %2</source>
        <translation>%1, отложен %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No basket is on hold.</source>
        <translation>Отложенных чеков нет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hold (Enter)</source>
        <translation>Отложить (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume (Enter)</source>
        <translation>Вернуть (Enter)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ListsPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="+928"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as CSV…</source>
        <translation>Сохранить как CSV…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Called</source>
        <translation>Позвонили</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n customer(s) to contact; a tick stays for %1 days.</source>
        <translation>
            <numerusform>%n покупатель для связи; отметка хранится %1 дней.</numerusform>
            <numerusform>%n покупателя для связи; отметка хранится %1 дней.</numerusform>
            <numerusform>%n покупателей для связи; отметка хранится %1 дней.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The list could not be written to %1: check the folder and the free space.</source>
        <translation>Не удалось записать список в %1: проверьте папку и свободное место.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the list</source>
        <translation>Сохранить список</translation>
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
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (owner)</source>
        <translation>%1 (владелец)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in (Enter)</source>
        <translation>Войти (Enter)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose who is at the till.</source>
        <translation>Выберите, кто за кассой.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::NoReceiptReturnDialog</name>
    <message>
        <location filename="../../ui/src/no_receipt_return_dialog.cpp" line="+27"/>
        <source>Return without a receipt</source>
        <translation>Возврат без чека</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan the product or type its SKU, then Enter (F3: find by name)</source>
        <translation>Отсканируйте товар или введите артикул, затем Enter (F3: поиск по названию)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Her card or phone, if she wants it on her record, then Enter</source>
        <translation>Её карта или телефон, если она хочет запись в своей истории, затем Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why is it brought back without a receipt?</source>
        <translation>Почему товар возвращают без чека?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No points are taken back or given back: without the receipt nothing says what these goods earned.</source>
        <translation>Баллы не списываются и не возвращаются: без чека неизвестно, что принесли эти товары.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money back</source>
        <translation>Вернуть деньгами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F3: find a product</source>
        <translation>F3: найти товар</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Approved by the owner. Money goes back without a receipt: check the goods.</source>
        <translation>Одобрено владельцем. Деньги возвращаются без чека: проверьте товар.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>catalog price %1</source>
        <translation>цена в каталоге %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No customer: the return is on nobody&apos;s record.</source>
        <translation>Без покупателя: возврат ни к кому не записан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan what comes back.</source>
        <translation>Отсканируйте возвращаемый товар.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::NoticeText</name>
    <message>
        <location filename="../../ui/src/notice_text.cpp" line="+57"/>
        <source>The disk is full: the sale could not be saved.</source>
        <translation>Диск заполнен: продажу не удалось сохранить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file is read-only: nothing can be saved.</source>
        <translation>Файл магазина открыт только для чтения: ничего нельзя сохранить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file is busy; try again in a moment.</source>
        <translation>Файл магазина занят; повторите чуть позже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file is damaged; call the owner.</source>
        <translation>Файл магазина повреждён; позовите владельца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file is missing.</source>
        <translation>Файл магазина не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a Kassa shop.</source>
        <translation>Этот файл — не магазин Kassa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop file was written by a newer Kassa; update this till.</source>
        <translation>Файл магазина записан более новой версией Kassa; обновите эту кассу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store refused the data.</source>
        <translation>База данных не приняла данные.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store failed; try again.</source>
        <translation>Ошибка базы данных; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added to the basket.</source>
        <translation>Добавлено в чек.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 added.</source>
        <translation>Добавлено: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity changed.</source>
        <translation>Количество изменено.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity of %1 changed.</source>
        <translation>Количество изменено: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line removed.</source>
        <translation>Позиция удалена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is known under &quot;%1&quot;: not a product, card, phone or receipt.</source>
        <translation>«%1» не найдено: это не товар, не карта, не телефон и не чек.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is no longer sold.</source>
        <translation>Товар %1 больше не продаётся.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That quantity cannot be used: pieces are whole numbers above zero, weights are in kg.</source>
        <translation>Такое количество не подходит: штуки — целое число больше нуля, вес — в кг.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is sold by weight: enter the weight.</source>
        <translation>Товар %1 продаётся на вес: введите вес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer %1 identified.</source>
        <translation>Клиент %1 найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer found for &quot;%1&quot;.</source>
        <translation>По запросу «%1» клиент не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card is blocked or reported lost: it cannot be used.</source>
        <translation>Эта карта заблокирована или заявлена как утерянная: её нельзя использовать.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+289"/>
        <source>This is a bank card, not a loyalty card. Nothing of it was kept.</source>
        <translation>Это банковская карта, а не карта клиента. Её данные не сохранены.</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Customer removed from the basket.</source>
        <translation>Клиент убран из чека.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon %1 added.</source>
        <translation>Купон %1 добавлен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The coupon was not accepted.</source>
        <translation>Купон не принят.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon removed.</source>
        <translation>Купон убран.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points payment set.</source>
        <translation>Оплата баллами добавлена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points cannot be used for this purchase.</source>
        <translation>На эту покупку баллы списать нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This needs the owner&apos;s PIN.</source>
        <translation>Нужен PIN-код владельца.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong owner PIN.</source>
        <translation>Неверный PIN-код владельца.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>New loyalty rules from the office apply from this sale.</source>
        <translation>Новые правила лояльности из офиса действуют с этой продажи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New loyalty rules arrived that this till cannot use; it keeps the current ones. Tell the owner.</source>
        <translation>Пришли новые правила лояльности, которые эта касса не может применить; она работает по прежним. Сообщите владельцу.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail address</source>
        <translation>адрес эл. почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>card number</source>
        <translation>номер карты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribute name</source>
        <translation>название признака</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attribute value</source>
        <translation>значение признака</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>return reason</source>
        <translation>причина возврата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason for cancelling</source>
        <translation>причина отмены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cash movement&apos;s reason</source>
        <translation>причина внесения или изъятия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correction&apos;s reason</source>
        <translation>причина корректировки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call note</source>
        <translation>заметка о звонке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cashier&apos;s name</source>
        <translation>имя кассира</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name of who did it</source>
        <translation>кто это сделал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU</source>
        <translation>артикул</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product name</source>
        <translation>название товара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>barcode</source>
        <translation>штрихкод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shop name</source>
        <translation>название магазина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receipt header</source>
        <translation>шапка чека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting</source>
        <translation>настройка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer address</source>
        <translation>адрес принтера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logo file</source>
        <translation>файл логотипа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printer model</source>
        <translation>модель принтера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>coupon code</source>
        <translation>код купона</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>basket&apos;s label</source>
        <translation>название отложенного чека</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>segment</source>
        <translation>сегмент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>office database address</source>
        <translation>адрес базы данных офиса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password file</source>
        <translation>файл пароля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>till name</source>
        <translation>название кассы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN-код — от 4 до 8 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cashier needs a name.</source>
        <translation>Укажите имя кассира.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such cashier.</source>
        <translation>Такого кассира нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An audit entry needs who did it and what was done.</source>
        <translation>В записи журнала нужно указать, кто и что сделал.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrong PIN: %n attempt(s) left.</source>
        <translation>
            <numerusform>Неверный PIN-код: осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN-код: осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN-код: осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1: %2 wrong PINs in a row.</source>
        <translation>Вход заблокирован до %1: неверных PIN-кодов подряд: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cashier&apos;s account is switched off: ask the owner.</source>
        <translation>Учётная запись этого кассира отключена: обратитесь к владельцу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This cashier is not known here: ask the owner.</source>
        <translation>Этот кассир здесь неизвестен: обратитесь к владельцу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No owner is set up at this shop: the owner must be added first.</source>
        <translation>В магазине не указан владелец: сначала нужно добавить владельца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in first: every change on the card names who made it.</source>
        <translation>Сначала войдите: при каждом изменении карточки записывается, кто его сделал.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sale has no receipt number: start the sale again.</source>
        <translation>У продажи нет номера чека: начните продажу заново.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment cannot be negative.</source>
        <translation>Оплата не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payments are %1 short of the total.</source>
        <translation>До полной суммы не хватает: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only cash can give change: the card payment is more than the total.</source>
        <translation>Сдачу можно дать только с наличных: оплата картой больше суммы чека.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The basket cannot be priced as it is: check its lines.</source>
        <translation>Чек нельзя рассчитать в таком виде: проверьте строки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer is not in the shop&apos;s file.</source>
        <translation>Этого клиента нет в базе магазина.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer is not in the shop&apos;s file, or her data was erased.</source>
        <translation>Этого клиента нет в базе магазина, или его данные удалены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card %1 already belongs to a customer.</source>
        <translation>Карта %1 уже принадлежит другому клиенту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card %1 is not registered.</source>
        <translation>Карта %1 не зарегистрирована.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer with phone %1 is already enrolled.</source>
        <translation>Клиент с телефоном %1 уже зарегистрирован.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal details need the customer&apos;s consent to keep personal data.</source>
        <translation>Для личных данных нужно согласие клиента на их хранение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has not agreed to the shop keeping personal data, so notes and details cannot be saved.</source>
        <translation>Клиент не дал согласия на хранение персональных данных, поэтому заметки и сведения сохранить нельзя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A customer cannot be merged into herself: choose two different customers.</source>
        <translation>Покупателя нельзя объединить с ним самим: выберите двух разных покупателей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer was already merged into another.</source>
        <translation>Этот покупатель уже объединён с другим.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no open conflict %1.</source>
        <translation>Открытого конфликта %1 нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no product with SKU %1.</source>
        <translation>Товара с артикулом %1 нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product needs a SKU.</source>
        <translation>Укажите артикул товара.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product %1: the price must not be negative and the minimum price not above it.</source>
        <translation>Товар %1: цена не может быть отрицательной, а минимальная цена — выше неё.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note needs some text.</source>
        <translation>Заметка не может быть пустой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An attribute needs a name (size, colours, ...).</source>
        <translation>Укажите название признака (размер, цвета, ...).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complaint needs a reason.</source>
        <translation>Укажите причину жалобы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complaint needs the name of who recorded it.</source>
        <translation>Укажите, кто записал жалобу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A points credit needs a number of points above 0.</source>
        <translation>Число начисляемых баллов должно быть больше 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points are only given with a goodwill credit.</source>
        <translation>Баллы начисляются только в качестве компенсации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A complaint is recorded against a receipt or a customer.</source>
        <translation>Жалоба записывается на чек или на клиента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points can only be credited to a customer; the receipt was an anonymous sale.</source>
        <translation>Баллы можно начислить только клиенту, а этот чек — анонимная продажа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That receipt belongs to another customer.</source>
        <translation>Этот чек принадлежит другому клиенту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a month.</source>
        <translation>Это не месяц.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product cannot be suggested with itself.</source>
        <translation>Товар нельзя предлагать вместе с самим собой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period needs at least one day.</source>
        <translation>Период должен быть не короче одного дня.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is computed by Kassa and cannot be set by hand.</source>
        <translation>«%1» вычисляет Kassa, вручную его задать нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kassa makes 1 to 10,000 coupon codes at a time.</source>
        <translation>Kassa создаёт за раз от 1 до 10 000 кодов купонов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A points correction needs a reason.</source>
        <translation>Укажите причину корректировки баллов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A points correction of 0 changes nothing.</source>
        <translation>Корректировка на 0 баллов ничего не меняет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has only %1 spendable points; nothing was taken.</source>
        <translation>Баллов, которые клиент может потратить: %1; ничего не списано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The basket cannot be kept: this till has no name in its settings.</source>
        <translation>Чек нельзя сохранить: в настройках этой кассы нет её названия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty basket cannot be kept.</source>
        <translation>Пустой чек сохранить нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty basket cannot be held.</source>
        <translation>Пустой чек нельзя отложить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return needs its own number and the receipt it returns against.</source>
        <translation>Для возврата нужны его номер и чек, по которому он делается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return needs its own number.</source>
        <translation>Для возврата нужен его номер.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what is returned.</source>
        <translation>Выберите, что возвращается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This return was already made against another receipt.</source>
        <translation>Этот возврат уже сделан по другому чеку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This return was already made against a receipt.</source>
        <translation>Этот возврат уже сделан по чеку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such receipt.</source>
        <translation>Такого чека нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt line %1 does not exist.</source>
        <translation>В чеке нет строки %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return does not fit the receipt.</source>
        <translation>Возврат не соответствует чеку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity of %1 is not one that can be returned.</source>
        <translation>Такое количество товара «%1» вернуть нельзя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price of %1 cannot be below zero.</source>
        <translation>Цена товара «%1» не может быть меньше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return without a receipt needs a reason.</source>
        <translation>Для возврата без чека нужна причина.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return needs the cashier who makes it.</source>
        <translation>Для возврата нужен кассир, который его оформляет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return without a receipt needs the owner&apos;s approval.</source>
        <translation>Для возврата без чека нужно разрешение владельца.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s time zone &quot;%1&quot; is not known to this computer, so its business days cannot be told apart.</source>
        <translation>Часовой пояс магазина «%1» неизвестен этому компьютеру, поэтому рабочие дни не различить.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scanner timing is out of range: the pause between keys must be %1-%2 ms and the shortest scan %3-%4 characters.</source>
        <translation>Настройки сканера вне допустимых пределов: пауза между символами должна быть %1–%2 мс, а самый короткий скан — %3–%4 символов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client-day list needs its promotion.</source>
        <translation>Для списка дня клиента нужна его акция.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current rules have no promotion &quot;%1&quot;.</source>
        <translation>В действующих правилах нет акции «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no report &quot;%1&quot;.</source>
        <translation>Отчёта «%1» нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends (%2) before it starts (%1).</source>
        <translation>Период заканчивается (%2) раньше, чем начинается (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no list &quot;%1&quot;.</source>
        <translation>Списка «%1» нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of days cannot be negative.</source>
        <translation>Число дней не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The margin of the due list is at least 100% of the customer&apos;s cycle.</source>
        <translation>Запас для списка «Пора прийти снова» — не меньше 100% цикла покупок клиента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call on the list needs who made it.</source>
        <translation>Для звонка по списку нужно указать, кто звонил.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft cannot be saved while it has problems: see the list of checks.</source>
        <translation>Черновик нельзя сохранить, пока в нём есть ошибки: см. список проверок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These rules do not pass today&apos;s checks.</source>
        <translation>Эти правила не проходят текущие проверки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules are in the time zone &quot;%1&quot;, which this computer does not know.</source>
        <translation>Правила заданы в часовом поясе «%1», который этот компьютер не знает.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These rules are in another currency (%1) than the shop&apos;s.</source>
        <translation>Эти правила в другой валюте (%1), чем валюта магазина.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has changed since the saved version.</source>
        <translation>С сохранённой версии ничего не изменилось.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no rules version %1.</source>
        <translation>Версии правил %1 нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shop&apos;s own rules need a till that has joined the office database; save them for the whole company instead.</source>
        <translation>Собственные правила магазина можно сохранить только на кассе, подключённой к базе данных офиса; сохраните их для всей компании.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Поле «%1» длиннее %2 символов.</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>Wrong owner PIN: %1</source>
        <translation>Неверный PIN-код владельца: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment added.</source>
        <translation>Оплата добавлена.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment of %1 added.</source>
        <translation>Добавлена оплата %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not paid in full yet: %1 still to pay.</source>
        <translation>Оплачено не полностью: осталось %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card payment cannot be more than what is left to pay (%1).</source>
        <translation>Оплата картой не может быть больше остатка к оплате (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale saved. Thank you!</source>
        <translation>Продажа сохранена. Спасибо!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt %1 saved. Thank you!</source>
        <translation>Чек %1 сохранён. Спасибо!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+242"/>
        <source>The basket is empty.</source>
        <translation>Чек пуст.</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Basket put on hold.</source>
        <translation>Чек отложен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basket &quot;%1&quot; put on hold.</source>
        <translation>Чек «%1» отложен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held basket resumed.</source>
        <translation>Отложенный чек возвращён.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basket &quot;%1&quot; resumed.</source>
        <translation>Чек «%1» возвращён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basket cancelled.</source>
        <translation>Чек отменён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt found for &quot;%1&quot;.</source>
        <translation>Чек «%1» не найден.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt %1 opened for a return.</source>
        <translation>Чек %1 открыт для возврата.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This return cannot be made.</source>
        <translation>Этот возврат оформить нельзя.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Return refused: %1</source>
        <translation>Возврат невозможен: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return saved.</source>
        <translation>Возврат сохранён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome, %1! The customer is enrolled.</source>
        <translation>Добро пожаловать, %1! Клиент зарегистрирован.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer could not be enrolled.</source>
        <translation>Не удалось зарегистрировать клиента.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Not enrolled: %1</source>
        <translation>Не зарегистрирован: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in first.</source>
        <translation>Сначала войдите в систему.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in.</source>
        <translation>Вход выполнен.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello, %1! You are logged in.</source>
        <translation>Здравствуйте, %1! Вход выполнен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment has started: the basket cannot change now. Clear the payments first.</source>
        <translation>Оплата уже начата: чек изменить нельзя. Сначала сбросьте оплаты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish, hold or cancel the basket on the screen first.</source>
        <translation>Сначала завершите, отложите или отмените чек на экране.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That basket was already resumed at another till.</source>
        <translation>Этот чек уже вернули на другой кассе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a reason for cancelling the basket.</source>
        <translation>Укажите причину отмены чека.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a line first.</source>
        <translation>Сначала выберите позицию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points need a loyalty card: identify the customer first.</source>
        <translation>Для баллов нужна карта клиента: сначала найдите клиента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt %1 has already been returned in full.</source>
        <translation>По чеку %1 уже сделан полный возврат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The basket that was on the screen when the till stopped is back.</source>
        <translation>Чек, который был на экране при остановке кассы, восстановлен.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return without a receipt approved by the owner.</source>
        <translation>Возврат без чека одобрен владельцем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That price cannot be used for &quot;%1&quot;.</source>
        <translation>Эту цену нельзя использовать для «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the reason for the return.</source>
        <translation>Введите причину возврата.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>No shift is open: open it with the cash counted in the drawer (Ctrl+F10).</source>
        <translation>Смена не открыта: откройте её, пересчитав наличные в кассе (Ctrl+F10).</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Shift opened.</source>
        <translation>Смена открыта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shift refused it.</source>
        <translation>Смена этого не допускает.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded.</source>
        <translation>Записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shift closed with Z report %1.</source>
        <translation>Смена закрыта, Z-отчёт %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drawer is open (no sale).</source>
        <translation>Денежный ящик открыт (без продажи).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A shift is already open: close it with a Z report first.</source>
        <translation>Смена уже открыта: сначала закройте её Z-отчётом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shift was closed meanwhile: open a new shift, then finish the sale.</source>
        <translation>Смена тем временем закрыта: откройте новую смену и завершите продажу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type an amount above zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than any drawer holds: check the amount.</source>
        <translation>Столько не помещается ни в одну кассу: проверьте сумму.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the cash goes in or out.</source>
        <translation>Укажите, зачем вносятся или изымаются деньги.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reason is too long: write it in at most %1 characters.</source>
        <translation>Причина слишком длинная; сократите её (наибольшее число знаков: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The float left in the drawer cannot be more than the cash counted.</source>
        <translation>В кассе нельзя оставить больше, чем пересчитано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such Z report.</source>
        <translation>Такого Z-отчёта нет.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OfficeStatusText</name>
    <message>
        <location filename="../../ui/src/office_status.cpp" line="+27"/>
        <source>Office: connecting</source>
        <translation>Офис: подключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: in sync</source>
        <translation>Офис: синхронизировано</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Office: offline since %1, %n sales to send</source>
        <translation>
            <numerusform>Офис: нет связи с %1, %n продажа ждёт отправки</numerusform>
            <numerusform>Офис: нет связи с %1, %n продажи ждут отправки</numerusform>
            <numerusform>Офис: нет связи с %1, %n продаж ждут отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Office: offline since %1, %n changes to send</source>
        <translation>
            <numerusform>Офис: нет связи с %1, %n изменение ждёт отправки</numerusform>
            <numerusform>Офис: нет связи с %1, %n изменения ждут отправки</numerusform>
            <numerusform>Офис: нет связи с %1, %n изменений ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office: offline since %1</source>
        <translation>Офис: нет связи с %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Office: the login was refused; the owner must check this till&apos;s password.</source>
        <translation>Офис: вход отклонён; владелец должен проверить пароль этой кассы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: this till&apos;s password file cannot be used; the owner must fix it.</source>
        <translation>Офис: файл пароля этой кассы нельзя использовать; владелец должен это исправить.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: the office database is newer than this till; install the newer Kassa.</source>
        <translation>Офис: база данных офиса новее этой кассы; установите новую версию Kassa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: the office database is not set up yet.</source>
        <translation>Офис: база данных офиса ещё не настроена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Office: the office database does not know this till; join it again.</source>
        <translation>Офис: база данных офиса не знает эту кассу; подключите её заново.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: the office database&apos;s disk is full; the sales wait here.</source>
        <translation>Офис: диск базы данных офиса заполнен; продажи ждут здесь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: the office address saved in this till is wrong.</source>
        <translation>Офис: адрес офиса, сохранённый в этой кассе, неверен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: the office database refused the sync; the sales wait here.</source>
        <translation>Офис: база данных офиса отклонила синхронизацию; продажи ждут здесь.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office: the shop file was busy; the next sync tries again.</source>
        <translation>Офис: файл магазина был занят; следующая синхронизация попробует снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office: rows from the office could not be written here; call support.</source>
        <translation>Офис: данные из офиса не удалось записать здесь; позвоните в поддержку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office: the shop file could not be synced; call support.</source>
        <translation>Офис: файл магазина не удалось синхронизировать; позвоните в поддержку.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OpenShiftDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="-171"/>
        <source>Open the shift</source>
        <translation>Открыть смену</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the cash in the drawer and type the amount. It is the shift&apos;s opening float.</source>
        <translation>Пересчитайте наличные в кассе и введите сумму. Это размен на начало смены.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the shift (Enter)</source>
        <translation>Открыть смену (Enter)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type an amount such as %1.</source>
        <translation>Введите сумму, например %1.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OwnerPinDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="-284"/>
        <location line="+8"/>
        <source>Owner&apos;s PIN</source>
        <translation>PIN-код владельца</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve (Enter)</source>
        <translation>Подтвердить (Enter)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::OwnerWindow</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="+800"/>
        <source>Owner&apos;s desk</source>
        <translation>Рабочее место владельца</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whom to call</source>
        <translation>Кому позвонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>Смены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit rules</source>
        <translation>Изменить правила</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty rules</source>
        <translation>Правила лояльности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rates</source>
        <translation>Ставки НДС</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop settings</source>
        <translation>Настройки магазина</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::PaymentDialog</name>
    <message>
        <location filename="../../ui/src/payment_dialog.cpp" line="+21"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to pay</source>
        <translation>Осталось оплатить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translatorcomment>Сдача: деньги, которые кассир отдаёт покупателю (не «изменить»).</translatorcomment>
        <translation>Сдача</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amount received (empty: exactly what is left)</source>
        <translation>Получено от покупателя (пусто — ровно остаток)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cash (Enter)</source>
        <translation>Наличные (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F2: card</source>
        <translatorcomment>Клавиша F2: оплатить банковской картой.</translatorcomment>
        <translation>F2: картой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F8: clear payments</source>
        <translation>F8: сбросить оплаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type an amount such as %1.</source>
        <translation>Введите сумму, например %1.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card</source>
        <translatorcomment>Способ оплаты: банковская карта, не карта клиента.</translatorcomment>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <translation>Другое</translation>
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
        <translation>Поиск товара</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name or SKU; arrows choose, Enter adds</source>
        <translation>Название или артикул; стрелки — выбор, Enter — добавить</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 per kg</source>
        <translation>%1 за кг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ProgrammeForm</name>
    <message>
        <location filename="../../ui/src/rules_editor.cpp" line="+306"/>
        <source>Type to find</source>
        <translation>Введите для поиска</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Add a row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location line="+605"/>
        <source>must be a group of fields</source>
        <translation>должно быть группой полей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a field Kassa knows</source>
        <translation>Kassa не знает такого поля</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be filled in</source>
        <translation>нужно заполнить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a number</source>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between %1 and %2</source>
        <translation>должно быть от %1 до %2</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+15"/>
        <source>Percent off</source>
        <translation>Скидка в процентах</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Amount off</source>
        <translation>Скидка суммой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of one</source>
        <translation>Цена за штуку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy (pieces)</source>
        <translation>Купить (штук)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get free (pieces)</source>
        <translation>Бесплатно (штук)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of the set</source>
        <translation>Цена комплекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items of the set</source>
        <translation>Товары комплекта</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Products (SKUs, with commas)</source>
        <translation>Товары (артикулы через запятую)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories (with commas)</source>
        <translation>Категории (через запятую)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pieces</source>
        <translation>Штук</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>(choose the gift)</source>
        <translation>(выберите подарок)</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>Gift product</source>
        <translation>Товар-подарок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift&apos;s name for the cashier</source>
        <translation>Название подарка для кассира</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points times (2 = double)</source>
        <translation>Множитель баллов (2 = вдвое)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Points expire after (days)</source>
        <translation>Баллы сгорают через (дней)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The cheapest item free</source>
        <translation>Самый дешёвый товар бесплатно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More points</source>
        <translation>Больше баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift points</source>
        <translation>Подарочные баллы</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Short name (id)</source>
        <translation>Краткое имя (id)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the cashier reads</source>
        <translation>Название для кассира</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From (first day)</source>
        <translation>С (первый день)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until (last day)</source>
        <translation>По (последний день)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority (lower goes first)</source>
        <translation>Приоритет (меньше — раньше)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With other discounts</source>
        <translation>С другими скидками</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Exclusive: only the best one on a line</source>
        <translation>Исключающая: на строке только лучшая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combinable: applies on top of the others</source>
        <translation>Совместимая: применяется поверх других</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Points back (% of what is paid)</source>
        <translation>Возврат баллами (% от оплаты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other rates by category (%)</source>
        <translation>Другие ставки по категориям (%)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points back (%)</source>
        <translation>Возврат баллами (%)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Outside the programme</source>
        <translation>Вне программы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most paid with points (%)</source>
        <translation>Не больше оплаты баллами (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest points to pay with</source>
        <translation>Минимум баллов для оплаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One point is worth (money)</source>
        <translation>Стоимость одного балла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points usable after (days)</source>
        <translation>Баллы доступны через (дней)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome points at enrolment</source>
        <translation>Приветственные баллы при регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points also on the part paid with points</source>
        <translation>Баллы и на часть, оплаченную баллами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points also on discounted lines</source>
        <translation>Баллы и на строки со скидкой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounding</source>
        <translation>Округление</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Down, once per receipt</source>
        <translation>Вниз, один раз на чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One point per full amount</source>
        <translation>Балл за каждую полную сумму</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Full amount for one point</source>
        <translation>Полная сумма за один балл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend counted</source>
        <translation>Учитываемые покупки</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Since enrolment</source>
        <translation>С момента регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a rolling window</source>
        <translation>За скользящий период</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Window (days)</source>
        <translation>Период (дней)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Levels</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From spend</source>
        <translation>С суммы покупок</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+96"/>
        <source>Discount (%)</source>
        <translation>Скидка (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra points (%)</source>
        <translation>Доп. баллы (%)</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Card holders (segments)</source>
        <translation>Владельцы карты (сегменты)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Only these categories</source>
        <translation>Только эти категории</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stamps for the reward</source>
        <translation>Штампов до награды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest purchase for a stamp</source>
        <translation>Минимальная покупка для штампа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward</source>
        <translation>Награда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward&apos;s name in hints</source>
        <translation>Название награды в подсказках</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code for everybody</source>
        <translation>Общий код для всех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-use codes (one per line)</source>
        <translation>Одноразовые коды (по одному в строке)</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Make new codes</source>
        <translation>Создать коды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the codes</source>
        <translation>Напечатать коды</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What it gives</source>
        <translation>Что даёт</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Smallest basket</source>
        <translation>Минимальная сумма покупки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Can be used with other coupons</source>
        <translation>Можно вместе с другими купонами</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Weekdays</source>
        <translation>Дни недели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers of segments</source>
        <translation>Только покупатели сегментов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers with a card</source>
        <translation>Только покупатели с картой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest pieces</source>
        <translation>Минимум штук</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fixed price</source>
        <translation>Фиксированная цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy N, get M free</source>
        <translation>Купи N, получи M бесплатно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set price</source>
        <translation>Цена комплекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>must be text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>длиннее %n символа</numerusform>
            <numerusform>длиннее %n символов</numerusform>
            <numerusform>длиннее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be yes or no</source>
        <translation>должно быть «да» или «нет»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a list of words</source>
        <translation>должно быть списком слов</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>has more than %n item(s)</source>
        <translation>
            <numerusform>содержит больше %n элемента</numerusform>
            <numerusform>содержит больше %n элементов</numerusform>
            <numerusform>содержит больше %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>must be a list</source>
        <translation>должно быть списком</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date</source>
        <translation>должно быть датой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one of: %1</source>
        <translation>должно быть одним из: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a weekday from Monday to Sunday</source>
        <translation>должно быть днём недели с понедельника по воскресенье</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time of day: write HH:MM between 00:00 and 24:00</source>
        <translation>«%1» — не время суток: пишите ЧЧ:ММ от 00:00 до 24:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hours must start and end at different times</source>
        <translation>часы должны начинаться и заканчиваться в разное время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name its products or its categories</source>
        <translation>укажите его товары или категории</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a currency code (ISO 4217, such as EUR)</source>
        <translation>«%1» — не код валюты (ISO 4217, например EUR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time zone Kassa knows (such as Europe/Tallinn)</source>
        <translation>«%1» — неизвестный Kassa часовой пояс (например, Europe/Tallinn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this Kassa reads version 1 of the rules only</source>
        <translation>эта Kassa читает только версию 1 правил</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is the short name of another programme</source>
        <translation>«%1» — короткое имя другой программы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last day comes before the first day</source>
        <translation>последний день раньше первого</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be above 0 when a point is given per full amount</source>
        <translation>должно быть больше 0, если балл даётся за полную сумму</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is outside the programme, so it earns no points at any rate</source>
        <translation>«%1» вне программы, поэтому баллы за неё не начисляются ни по какой ставке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs at least one level</source>
        <translation>нужен хотя бы один уровень</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be above the spend of the level before</source>
        <translation>должно быть больше суммы покупок предыдущего уровня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; names another level too</source>
        <translation>«%1» — имя ещё одного уровня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a coupon needs single-use codes or a code for everybody</source>
        <translation>купону нужны одноразовые коды или код для всех</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the code &quot;%1&quot; belongs to another coupon</source>
        <translation>код «%1» принадлежит другому купону</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a set needs at least one item</source>
        <translation>в комплекте должен быть хотя бы один товар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the customer segments that hold this card</source>
        <translation>укажите сегменты покупателей с этой картой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is outside the loyalty programme: it never takes a discount</source>
        <translation>«%1» вне программы лояльности: на неё не бывает скидок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one points programme can run at a time</source>
        <translation>одновременно может действовать только одна бонусная программа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one levels programme can run at a time</source>
        <translation>одновременно может действовать только одна программа уровней</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programmes that give points need a points programme (it sets what a point is worth)</source>
        <translation>программам, которые дают баллы, нужна бонусная программа (она задаёт стоимость балла)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be read</source>
        <translation>не читается</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+22"/>
        <source>%1, row %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Programmes</source>
        <translation>Программы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version of the rules</source>
        <translation>Версия правил</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the whole document changed</source>
        <translation>изменился весь документ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new programme %1 (%2)</source>
        <translation>новая программа %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>programme %1 (%2) removed</source>
        <translation>программа %1 (%2) удалена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2: %3 → %4</source>
        <translation>%1, %2: %3 → %4</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Why it runs (for the reports)</source>
        <translation>Зачем она (для отчётов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slogan</source>
        <translation>Слоган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite days before</source>
        <translation>Приглашать за (дней)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days before the birthday</source>
        <translation>Дней до дня рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after the birthday</source>
        <translation>Дней после дня рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often</source>
        <translation>Как часто</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>One purchase a year</source>
        <translation>Одна покупка в год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every purchase in the window</source>
        <translation>Каждая покупка в эти дни</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>What the first purchase gets</source>
        <translation>Что получает первая покупка</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Points for who recommended</source>
        <translation>Баллы тому, кто порекомендовал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points for the new customer</source>
        <translation>Баллы новому покупателю</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No purchase for (days)</source>
        <translation>Нет покупок (дней)</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Points to win her back</source>
        <translation>Баллы, чтобы вернуть покупателя</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Spend that earns the coupon</source>
        <translation>Сумма покупки для купона</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>What the coupon gives</source>
        <translation>Что даёт купон</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Valid for (days)</source>
        <translation>Действует (дней)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::QuantityDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="+13"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pieces</source>
        <translation>Кол-во, шт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK (Enter)</source>
        <translation>ОК (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the weight in kilograms, for example 0.250.</source>
        <translation>Введите вес в килограммах, например 0,250.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a whole number of pieces above zero.</source>
        <translation>Введите целое число штук больше нуля.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptDialog</name>
    <message>
        <location filename="../../ui/src/receipt_dialog.cpp" line="+39"/>
        <location line="+26"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Подытог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points redeemed</source>
        <translation>Оплачено баллами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translatorcomment>Способ оплаты на чеке: банковская карта.</translatorcomment>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translatorcomment>Сдача на чеке.</translatorcomment>
        <translation>Сдача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points earned</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points balance</source>
        <translation>Баланс баллов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To %1</source>
        <extracomment>on the receipt: how much more to spend for the next tier; %1 is the tier&apos;s name</extracomment>
        <translation>До уровня %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon for your next visit</source>
        <translation>Купон на следующую покупку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>Спасибо за покупку!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT %1 of %2</source>
        <extracomment>The VAT included in the receipt at one rate: %1 the rate (24%), %2 the amount paid at that rate.</extracomment>
        <translation>НДС %1 с %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exempt</source>
        <extracomment>A VAT rate on the receipt: goods without VAT (gift cards).</extracomment>
        <translation>без НДС</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Print (F12)</source>
        <translation>Печать (F12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Enter)</source>
        <translation>Закрыть (Enter)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Print the receipt</source>
        <translation>Печать чека</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReceiptPrinter</name>
    <message>
        <location filename="../../ui/src/receipt_printer.cpp" line="+7"/>
        <source>Printer: ready.</source>
        <translation>Принтер: готов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer: out of paper. The sale is saved; the receipt prints when paper is in.</source>
        <translation>Принтер: нет бумаги. Продажа сохранена; чек напечатается, когда вставят бумагу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer: the cover is open. The sale is saved; the receipt prints when it is closed.</source>
        <translation>Принтер: открыта крышка. Продажа сохранена; чек напечатается, когда её закроют.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: it reports an error. The sale is saved; check the printer and the receipt prints.</source>
        <translation>Принтер: сообщает об ошибке. Продажа сохранена; проверьте принтер, и чек напечатается.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer: it does not answer. The sale is saved; check its cable and power, the receipt prints when it is back.</source>
        <translation>Принтер: не отвечает. Продажа сохранена; проверьте кабель и питание, чек напечатается, когда он снова на связи.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer: not plugged in. The sale is saved; the receipt prints when it is plugged in.</source>
        <translation>Принтер: не подключён. Продажа сохранена; чек напечатается после подключения.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: Kassa may not use it. Install the udev rules (69-kassa-usb.rules) and plug it in again.</source>
        <translation>Принтер: Kassa не может его использовать. Установите правила udev (69-kassa-usb.rules) и подключите его снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer: another program is using it. The receipt prints when it is free.</source>
        <translation>Принтер: занят другой программой. Чек напечатается, когда он освободится.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: the receipt could not be sent. The sale is saved; reprint it from the shift screen.</source>
        <translation>Принтер: чек не удалось отправить. Продажа сохранена; напечатайте копию на экране смены.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printer: the address &quot;%1&quot; in the shop&apos;s settings is not usable (it must be like tcp://192.168.1.50:9100 or usb:04b8:0202). Receipts wait in the queue and print once the owner fixes it.</source>
        <translation>Принтер: адрес «%1» в настройках магазина не подходит (нужен вида tcp://192.168.1.50:9100 или usb:04b8:0202). Чеки ждут в очереди и напечатаются, когда владелец исправит адрес.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The printer model in the shop&apos;s settings is unknown: choose epson_tm_t20, xprinter_80, generic_80 or generic_58.</source>
        <translation>Модель принтера в настройках магазина неизвестна: выберите epson_tm_t20, xprinter_80, generic_80 или generic_58.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receipt logo could not be read (a PNG file is needed): receipts print without it.</source>
        <translation>Логотип для чека не удалось прочитать (нужен файл PNG): чеки печатаются без него.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RedeemDialog</name>
    <message>
        <location filename="../../ui/src/basket_dialogs.cpp" line="+87"/>
        <source>Pay with points</source>
        <translation>Оплата баллами</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Balance: %1 points</source>
        <translatorcomment>Число после двоеточия: так не нужны формы «балл/балла/баллов».</translatorcomment>
        <translation>Баллов на счёте: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 points can be used for this purchase.</source>
        <translation>Максимум баллов к списанию за эту покупку: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit for this purchase: %1 points.</source>
        <translation>Лимит баллов на эту покупку: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paying with points starts at %1 points.</source>
        <translation>Минимум баллов для оплаты: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s rules do not take points for this purchase.</source>
        <translation>По правилам магазина баллы на эту покупку не списываются.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points to use (empty: as many as allowed)</source>
        <translation>Сколько баллов списать (пусто — максимум)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use these (Enter)</source>
        <translation>Списать (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F6: use the most</source>
        <translation>F6: списать максимум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F9: no points</source>
        <translation>F9: без баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Type a whole number of points.</source>
        <translation>Введите целое число баллов.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReportText</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="-1818"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted</source>
        <translation>Корректировки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days between purchases</source>
        <translation>Среднее число дней между покупками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check with it</source>
        <translation>Средний чек с акцией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check without it</source>
        <translation>Средний чек без акции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check difference</source>
        <translation>Разница чеков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client day</source>
        <translation>День клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May contact by</source>
        <translation>Можно связаться по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue from customers</source>
        <translation>Выручка от покупателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Покупатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle, days</source>
        <translation>Цикл, дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since</source>
        <translation>Дней прошло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount cost</source>
        <translation>Стоимость скидок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Сгорело</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Points expiring</source>
        <translation>Сгорающие баллы</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Expiring through</source>
        <translation>Сгорают до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value expiring</source>
        <translation>Сумма сгорающих</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First expiry</source>
        <translation>Первое сгорание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed</source>
        <translation>Приняли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed, share</source>
        <translation>Доля принятых</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaps</source>
        <translation>Интервалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liability</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money back</source>
        <translation>Вернуть деньгами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>Новые покупатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next birthday</source>
        <translation>Ближайший день рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point value</source>
        <translation>Стоимость балла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points cost</source>
        <translation>Стоимость баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points issued</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points given back</source>
        <translation>Баллов возвращено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points taken back</source>
        <translation>Баллов списано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: average check with it</source>
        <translation>Ранее: средний чек с акцией</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: average check without it</source>
        <translation>Ранее: средний чек без акции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: customers</source>
        <translation>Ранее: покупатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: discount cost</source>
        <translation>Ранее: стоимость скидок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: points cost</source>
        <translation>Ранее: стоимость баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: points issued</source>
        <translation>Ранее: начислено баллов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: receipts</source>
        <translation>Ранее: чеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before: revenue</source>
        <translation>Ранее: выручка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redemption ratio</source>
        <translation>Доля списания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat customers</source>
        <translation>Повторные покупатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat rate</source>
        <translation>Доля повторных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored by refunds</source>
        <translation>Восстановлено возвратами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returning customers</source>
        <translation>Вернувшиеся покупатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue uplift</source>
        <translation>Прирост выручки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue uplift, %</source>
        <translation>Прирост выручки, %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversed by refunds</source>
        <translation>Отменено возвратами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown</source>
        <translation>Показано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slogan</source>
        <translation>Слоган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spendable</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Списано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top customers</source>
        <translation>Лучшие покупатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top customers&apos; revenue</source>
        <translation>Выручка лучших покупателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top customers&apos; share</source>
        <translation>Доля лучших покупателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in all</source>
        <translation>Всего дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual category</source>
        <translation>Обычная категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual products</source>
        <translation>Обычные товары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week starts</source>
        <translation>Начало недели</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promotions and client days</source>
        <translation>Акции и дни клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 20% of customers (Pareto)</source>
        <translation>Лучшие 20% покупателей (Парето)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat purchases</source>
        <translation>Повторные покупки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between purchases</source>
        <translation>Дней между покупками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average check by segment</source>
        <translation>Средний чек по сегментам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New and returning customers by week</source>
        <translation>Новые и вернувшиеся покупатели по неделям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points: redemption, liability, expiring</source>
        <translation>Баллы: списание, обязательства, сгорание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions followed</source>
        <translation>Принятые подсказки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints and what was done</source>
        <translation>Жалобы и что сделано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns with and without a receipt</source>
        <translation>Возвраты с чеком и без чека</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Birthdays</source>
        <translation>Дни рождения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client-day invitations</source>
        <translation>Приглашения на день клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant customers</source>
        <translation>Уснувшие покупатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due for a visit</source>
        <translation>Пора прийти снова</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>personal data</source>
        <translation>персональные данные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced</source>
        <translation>Заменили</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Вернули деньги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points credited</source>
        <translation>Начислены баллы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dormant</source>
        <translation>уснувшие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>новые</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>periodic</source>
        <translation>периодические</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regular</source>
        <translation>постоянные</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VIP</source>
        <translation>VIP-клиенты</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&quot;%1&quot; does not run on %2, %n day(s) from today: today is not its announcement day, so nobody is invited.</source>
        <translation>
            <numerusform>«%1» не проводится %2, через %n день: сегодня не день её объявления, поэтому никого не приглашают.</numerusform>
            <numerusform>«%1» не проводится %2, через %n дня: сегодня не день её объявления, поэтому никого не приглашают.</numerusform>
            <numerusform>«%1» не проводится %2, через %n дней: сегодня не день её объявления, поэтому никого не приглашают.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The owner&apos;s bundles</source>
        <translation>Комплекты владельца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Often bought together</source>
        <translation>Часто покупают вместе</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>With a receipt</source>
        <translation>С чеком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a receipt</source>
        <translation>Без чека</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReportsPage</name>
    <message>
        <location line="+822"/>
        <source>This shop</source>
        <translation>Этот магазин</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as CSV…</source>
        <translation>Сохранить как CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save chart as PNG…</source>
        <translation>Сохранить график как PNG…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Whole company</source>
        <translation>Вся компания</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, %2 to %3.</source>
        <translation>%1, с %2 по %3.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The report could not be written to %1: check the folder and the free space.</source>
        <translation>Не удалось записать отчёт в %1: проверьте папку и свободное место.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The chart could not be written to %1: check the folder and the free space.</source>
        <translation>Не удалось записать график в %1: проверьте папку и свободное место.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReprintDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="+296"/>
        <source>Reprint a receipt</source>
        <translation>Повторная печать чека</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt number</source>
        <translation>Номер чека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a copy (Enter)</source>
        <translation>Напечатать копию (Enter)</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnDialog</name>
    <message>
        <location filename="../../ui/src/return_dialog.cpp" line="+28"/>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan the receipt&apos;s barcode or type its number, then Enter</source>
        <translation>Отсканируйте штрихкод чека или введите его номер и нажмите Enter</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought</source>
        <translation>Куплено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned before</source>
        <translation>Возвращено ранее</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back now</source>
        <translation>Вернуть сейчас</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Why is it brought back? (size, fault, changed mind)</source>
        <translation>Почему возвращают? (размер, брак, передумал)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money back</source>
        <translation>К возврату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points taken back</source>
        <translatorcomment>Ранее начисленные за покупку баллы списываются.</translatorcomment>
        <translation>Списываются баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points given back</source>
        <translatorcomment>Баллы, которыми платили, возвращаются клиенту.</translatorcomment>
        <translation>Возвращаются баллы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F5: return everything</source>
        <translation>F5: вернуть всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F4: no receipt</source>
        <translation>F4: без чека</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No receipt chosen yet.</source>
        <translation>Чек ещё не выбран.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt %1 of %2, paid %3</source>
        <translation>Чек %1 от %2, оплачено %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 (%2 kept for points already spent)</source>
        <translation>%1 (%2 удержано за уже потраченные баллы)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose what comes back: type the quantity in the last column (F5: all).</source>
        <translation>Выберите, что возвращают: введите количество в последней колонке (F5: всё).</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ReturnDialogBase</name>
    <message>
        <location filename="../../ui/src/return_dialog_base.cpp" line="+48"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>F12: confirm the return</source>
        <translation>F12: подтвердить возврат</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Money back by</source>
        <translation>Способ возврата денег</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RulesEditorPage</name>
    <message>
        <location filename="../../ui/src/rules_editor.cpp" line="+423"/>
        <source>Add a programme</source>
        <translation>Добавить программу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove the programme</source>
        <translation>Удалить программу</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What would the draft have done? (last 30 days)</source>
        <translation>Что дал бы черновик? (последние 30 дней)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For this shop only</source>
        <translation>Только для этого магазина</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shop&apos;s own promotions: the other shops keep the company&apos;s rules.</source>
        <translation>Собственные акции магазина: остальные магазины работают по правилам компании.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start over from the saved rules</source>
        <translation>Начать заново с сохранённых правил</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current rules</source>
        <translation>Текущие правила</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bonus points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Club card levels</source>
        <translation>Уровни клубной карты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff or partner discount</source>
        <translation>Скидка сотрудникам или партнёрам</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp card</source>
        <translation>Карта штампов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon codes</source>
        <translation>Коды купонов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotion or client day</source>
        <translation>Акция или клиентский день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome: first purchase</source>
        <translation>Приветствие: первая покупка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommend a friend</source>
        <translation>Приведи друга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win back a dormant customer</source>
        <translation>Вернуть уснувшего покупателя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon for the next visit</source>
        <translation>Купон на следующий визит</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2 are both exclusive on every line: a line gets only the one worth more. Make one combinable to give both.</source>
        <translation>%1 и %2 — обе исключающие на всех строках: строка получает только более выгодную. Сделайте одну совместимой, чтобы давать обе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 are both exclusive on %3: a line gets only the one worth more. Make one combinable to give both.</source>
        <translation>%1 и %2 — обе исключающие на %3: строка получает только более выгодную. Сделайте одну совместимой, чтобы давать обе.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ended on %2: it will not run again.</source>
        <translation>%1 закончилась %2 и больше не будет действовать.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 never runs: none of its weekdays falls between its first and last day.</source>
        <translation>%1 никогда не действует: ни один из её дней недели не попадает между первым и последним днём.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is switched off.</source>
        <translation>%1 выключена.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Add a programme, or choose one on the left.</source>
        <translation>Добавьте программу или выберите её слева.</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n new code(s) added; print them before saving or after.</source>
        <translation>
            <numerusform>Добавлен %n новый код; напечатайте его до или после сохранения.</numerusform>
            <numerusform>Добавлено %n новых кода; напечатайте их до или после сохранения.</numerusform>
            <numerusform>Добавлено %n новых кодов; напечатайте их до или после сохранения.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Last 30 days: %1 receipts, %2 customers. With the draft %3 receipts and %4 customers would get another discount or other points.</source>
        <translation>За 30 дней: чеков %1, покупателей %2. С черновиком %3 чеков и %4 покупателей получили бы другую скидку или другие баллы.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved as rules version %1 for this shop. Its tills use it from their next sale.</source>
        <translation>Сохранено как версия правил %1 для этого магазина. Его кассы применяют её со следующей продажи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as rules version %1. The tills use it from their next sale.</source>
        <translation>Сохранено как версия правил %1. Кассы применяют её со следующей продажи.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::RulesPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="+13"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What would it have done? (last 30 days)</source>
        <translation>Что бы она дала? (последние 30 дней)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore this version</source>
        <translation>Вернуть эту версию</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current rules</source>
        <translation>Текущие правила</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That version</source>
        <translation>Та версия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Version %1 says what the current rules say.</source>
        <translation>Версия %1 совпадает с текущими правилами.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Going back to version %1 changes:</source>
        <translation>Возврат к версии %1 изменит:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>Choose a version first.</source>
        <translation>Сначала выберите версию.</translation>
    </message>
    <message>
        <location line="-1032"/>
        <source>Discount cost</source>
        <translation>Стоимость скидок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points issued</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales before discounts</source>
        <translation>Продажи до скидок</translation>
    </message>
    <message>
        <location line="+1010"/>
        <source>Last 30 days: %1 receipts, %2 customers. With that version %3 receipts and %4 customers would get another discount or other points.</source>
        <translation>Последние 30 дней: чеков %1, покупателей %2. С той версией у %3 чеков и %4 покупателей была бы другая скидка или другие баллы.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Version %1 is saved again as version %2. The till uses it from its next start.</source>
        <translation>Версия %1 снова сохранена как версия %2. Касса применит её при следующем запуске.</translation>
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
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Total</source>
        <translatorcomment>Колонка: сумма по строке.</translatorcomment>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+81"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Totals</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subtotal</source>
        <translation>Подытог</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid with points</source>
        <translation>Оплачено баллами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points to earn</source>
        <translation>Начислится баллов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translatorcomment>Сдача покупателю, не «изменить».</translatorcomment>
        <translation>Сдача</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scan or type a barcode, card, phone or receipt number, then Enter</source>
        <translation>Отсканируйте или введите штрихкод, карту, телефон или номер чека и нажмите Enter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Customer card</source>
        <translation>Карта покупателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find product</source>
        <translation>Поиск товара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon</source>
        <translation>Купон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translatorcomment>Кнопка F6: оплата баллами.</translatorcomment>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol</source>
        <translatorcomment>Кнопка F7: регистрация нового клиента в программе лояльности.</translatorcomment>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translatorcomment>Кнопка F8: возврат товара по чеку.</translatorcomment>
        <translation>Возврат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold / resume</source>
        <translatorcomment>Кнопка F9: отложить чек или вернуть отложенный.</translatorcomment>
        <translation>Отложить/вернуть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sale</source>
        <translation>Отмена продажи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Удалить позицию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay</source>
        <translatorcomment>Кнопка F12; коротко, как на кассах: «Оплата».</translatorcomment>
        <translation>Оплата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location line="+416"/>
        <source>A return without a receipt needs the owner&apos;s PIN.</source>
        <translation>Возврат без чека требует PIN владельца.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The owner&apos;s desk is not available on this till.</source>
        <translation>Рабочее место владельца недоступно на этой кассе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner&apos;s desk (settings, whom to call, reports) needs the owner&apos;s PIN.</source>
        <translation>Для рабочего места владельца (настройки, кому позвонить, отчёты) нужен PIN владельца.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No camera is connected to this till: scan the card or type the phone number.</source>
        <translation>К этой кассе не подключена камера: отсканируйте карту или введите номер телефона.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Identify the customer first: scan her card or find her with F4.</source>
        <translation>Сначала определите покупателя: отсканируйте карту или найдите через F4.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Goes well with: %1</source>
        <translation>Хорошо сочетается с: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling a sale after payment has started needs the owner&apos;s PIN.</source>
        <translation>Чтобы отменить продажу после начала оплаты, нужен PIN-код владельца.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Removing &quot;%1&quot; after payment has started needs the owner&apos;s PIN.</source>
        <translation>Чтобы удалить «%1» после начала оплаты, нужен PIN-код владельца.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The shift opened on %1 is still open: it goes on until its Z report (Ctrl+F10).</source>
        <translation>Смена, открытая %1, ещё не закрыта: она продолжается до Z-отчёта (Ctrl+F10).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cashier: %1</source>
        <translation>Кассир: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not logged in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (%2 points)</source>
        <translation>%1 (баллы: %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, usable from %2</source>
        <translation>%1, доступны с %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>paid %1, left %2</source>
        <translation>оплачено %1, осталось %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No customer. Scan a loyalty card or type a phone number (F4).</source>
        <translation>Клиента нет. Отсканируйте карту клиента или введите номер телефона (F4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Good morning!</source>
        <translation>Доброе утро!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good morning, %1!</source>
        <translation>Доброе утро, %1!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good afternoon!</source>
        <translation>Добрый день!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good afternoon, %1!</source>
        <translation>Добрый день, %1!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good evening!</source>
        <translation>Добрый вечер!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good evening, %1!</source>
        <translation>Добрый вечер, %1!</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Points: %1</source>
        <translation>Баллы: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On hold: %1, usable from %2</source>
        <translatorcomment>Баллы в ожидании (ещё не доступны), не отложенный чек.</translatorcomment>
        <translation>В ожидании: %1, с %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On hold: %1</source>
        <translatorcomment>Баллы в ожидании (ещё не доступны), не отложенный чек.</translatorcomment>
        <translation>В ожидании: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tier yet</source>
        <translation>Уровня пока нет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tier: %1</source>
        <translation>Уровень: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 with this purchase!</source>
        <translation>С этой покупкой — %1!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 more for %2</source>
        <translation>Ещё %1 до уровня %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 of %3 for %4</source>
        <translation>%1: %2 из %3 (награда: %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Birthday week! Congratulate the customer.</source>
        <translation>Неделя дня рождения! Поздравьте клиента.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Birthday: %1</source>
        <translation>День рождения: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 points expire on %2</source>
        <translatorcomment>%1 — число баллов, %2 — дата; число в конце, чтобы не склонять «балл».</translatorcomment>
        <translation>Баллы сгорят %2: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent: personal data %1, SMS %2, e-mail %3</source>
        <translation>Согласие: перс. данные %1, SMS %2, эл. почта %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tip: </source>
        <translatorcomment>Пробел в конце нужен: за ним идёт текст.</translatorcomment>
        <translation>Подсказка: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift: </source>
        <translatorcomment>Пробел в конце нужен: за ним идёт текст.</translatorcomment>
        <translation>Подарок: </translation>
    </message>
</context>
<context>
    <name>kassa::ui::SettingsPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="-1012"/>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Country of phone numbers typed without +</source>
        <translation>Страна телефонов, набранных без +</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed above every receipt: address, VAT number (up to %1 lines of %2 characters)</source>
        <translation>Печатается над каждым чеком: адрес, номер плательщика НДС (до %1 строк по %2 символа)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt header</source>
        <translation>Шапка чека</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt printer and cash drawer</source>
        <translation>Принтер чеков и денежный ящик</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tcp://192.168.1.50:9100 or usb:04b8:0e15; empty: the office printer</source>
        <translation>tcp://192.168.1.50:9100 или usb:04b8:0e15; пусто: офисный принтер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find USB printers</source>
        <translation>Найти USB-принтеры</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printer address</source>
        <translation>Адрес принтера</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Any other ESC/POS printer</source>
        <translation>Другой принтер ESC/POS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 mm paper)</source>
        <translation>%1 (бумага %2 мм)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printer model</source>
        <translation>Модель принтера</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a PNG printed above the header; empty: none</source>
        <translation>PNG, печатается над шапкой чека; пусто: без логотипа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt logo</source>
        <translation>Логотип на чеке</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pin 2 (most drawers)</source>
        <translation>Контакт 2 (большинство ящиков)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin 5</source>
        <translation>Контакт 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer on</source>
        <translation>Денежный ящик на</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cash in or out above this needs the owner&apos;s PIN</source>
        <translation>Внесение или изъятие больше этой суммы требует PIN владельца</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scanners and card readers</source>
        <translation>Сканеры и считыватели карт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest pause between the keys of one scan</source>
        <translation>Наибольшая пауза между символами одного сканирования</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shortest scan (characters)</source>
        <translation>Самое короткое сканирование (символов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab ends a scan, as Enter does</source>
        <translation>Tab завершает сканирование, как Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office database</source>
        <translation>База данных офиса</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the office every</source>
        <translation>Синхронизировать с офисом каждые</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The receipt logo</source>
        <translation>Логотип на чеке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG picture (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a printer address: write tcp://HOST:PORT for a network printer or usb:VID:PID for a USB one, or leave it empty.</source>
        <translation>«%1» — не адрес принтера: напишите tcp://HOST:PORT для сетевого принтера или usb:VID:PID для USB, либо оставьте пустым.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The printer&apos;s network name or IP address is missing or wrong: write it like tcp://192.168.1.50:9100.</source>
        <translation>Сетевое имя или IP-адрес принтера не указан или неверен: напишите, например, tcp://192.168.1.50:9100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The port must be a number from 1 to 65535; receipt printers listen on 9100.</source>
        <translation>Порт — число от 1 до 65535; принтеры чеков слушают порт 9100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A USB printer is written usb:VID:PID with four hexadecimal digits each, like usb:04b8:0e15 (kassactl devices lists them).</source>
        <translation>USB-принтер записывается как usb:VID:PID, по четыре шестнадцатеричные цифры, например usb:04b8:0e15 (их показывает kassactl devices).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no picture file %1.</source>
        <translation>Файла изображения %1 нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a PNG picture Kassa can read.</source>
        <translation>%1 — не изображение PNG, которое Kassa может прочитать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is too large for a receipt logo: use a PNG a few hundred pixels wide.</source>
        <translation>%1 слишком велик для логотипа на чеке: возьмите PNG шириной в несколько сотен пикселей.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the cash limit as an amount, like %1.</source>
        <translation>Напишите предел суммой, например %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(set by the loyalty rules)</source>
        <translation>(задаётся правилами программы лояльности)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>See the sentences next to the fields.</source>
        <translation>Смотрите пояснения рядом с полями.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The limit must be from 0 to %1.</source>
        <translation>Предел — от 0 до %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The shop needs a name: it is printed on every receipt.</source>
        <translation>У магазина должно быть название: оно печатается на каждом чеке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer does not know the time zone &quot;%1&quot;: write it like Europe/Tallinn.</source>
        <translation>Этот компьютер не знает часовой пояс «%1»: укажите его как Europe/Tallinn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a country code for phone numbers: write two letters like EE or LV.</source>
        <translation>«%1» — не код страны для телефонов: укажите две буквы, например EE или LV.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The till speaks English, Russian and Estonian only.</source>
        <translation>Касса говорит только по-английски, по-русски и по-эстонски.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receipt header is at most %1 lines of %2 characters; &quot;%3&quot; does not fit.</source>
        <translation>Шапка чека — не больше %1 строк по %2 символа; «%3» не помещается.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cash limit for the owner&apos;s PIN cannot be below zero or above what a drawer holds.</source>
        <translation>Лимит наличных для PIN владельца не может быть меньше нуля или больше, чем вмещает касса.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Settings saved. The till uses the new receipt printer from its next start.</source>
        <translation>Настройки сохранены. Касса будет использовать новый принтер чеков после следующего запуска.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shop settings were saved, the scanner timing was not.</source>
        <translation>Настройки магазина сохранены, а настройки сканера — нет.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The shop&apos;s currency &quot;%1&quot; is not a currency code: the shop&apos;s file needs the owner&apos;s or support&apos;s attention.</source>
        <translation>Валюта магазина «%1» — не код валюты: файлом магазина должен заняться владелец или поддержка.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The office sync interval must be %1 to %2 seconds.</source>
        <translation>Интервал синхронизации с офисом должен быть от %1 до %2 секунд.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The pause between the keys of a scan must be %1 to %2 ms; people type slower than that, scanners faster.</source>
        <translation>Пауза между символами сканирования должна быть от %1 до %2 мс: люди печатают медленнее, сканеры быстрее.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shortest scan must be %1 to %2 characters.</source>
        <translation>Самое короткое сканирование: от %1 до %2 символов.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No USB receipt printer is plugged in, or this computer does not let Kassa read USB devices (see docs/packaging.md, udev rules).</source>
        <translation>Чековый USB-принтер не подключён, или этот компьютер не даёт Kassa читать USB-устройства (см. docs/packaging.md, правила udev).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Found: %1. The first one&apos;s address is filled in; save to use it.</source>
        <translation>Найдено: %1. Адрес первого вписан; сохраните, чтобы его использовать.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scanners typing like a keyboard: read by the timing above</source>
        <translation>Сканеры, работающие как клавиатура: распознаются по времени выше</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unplugged</source>
        <translation>%1: отключён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: connected</source>
        <translation>%1: подключён</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n connected</source>
        <translation>
            <numerusform>%1: подключён %n</numerusform>
            <numerusform>%1: подключено %n</numerusform>
            <numerusform>%1: подключено %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+22"/>
        <location line="+20"/>
        <location line="+36"/>
        <location line="+3"/>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The receipt printer address &quot;%1&quot; is not usable: write tcp://HOST:9100 or usb:VID:PID in the printer&apos;s field, or leave it empty.</source>
        <translation>Адрес чекового принтера «%1» не подходит: напишите в поле принтера tcp://HOST:9100 или usb:VID:PID либо оставьте его пустым.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShiftDialog</name>
    <message>
        <location filename="../../ui/src/shift_dialogs.cpp" line="-139"/>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cash in</source>
        <translation>внесение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash out</source>
        <translation>изъятие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no sale</source>
        <translation>без продажи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print X</source>
        <translation>печать X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reprint receipt</source>
        <translation>копия чека</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close the shift (Z)</source>
        <translation>закрыть смену (Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cash above the shop&apos;s limit needs the owner&apos;s PIN.</source>
        <translation>Сумма выше лимита магазина требует PIN владельца.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opening the drawer without a sale needs the owner&apos;s PIN.</source>
        <translation>Открыть ящик без продажи можно только с PIN владельца.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>No receipt printer is set up in the shop&apos;s settings.</source>
        <translation>В настройках магазина не указан принтер чеков.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The X report goes to the printer.</source>
        <translation>X-отчёт отправлен на принтер.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Receipt %1 goes to the printer, marked COPY.</source>
        <translation>Чек %1 отправлен на принтер с пометкой КОПИЯ.</translation>
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
        <translation>Открыта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Float</source>
        <translation>Размен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Ожидалось</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Посчитано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over / short</source>
        <translation>Излишек / недостача</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+84"/>
        <source>Print the X report</source>
        <translation>Напечатать X-отчёт</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, closed by %2</source>
        <translation>%1, закрыл(а) %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No shift yet: the till opens one at the first login of the day.</source>
        <translation>Смен ещё не было: касса открывает смену при первом входе за день.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print Z %1 again (copy)</source>
        <translation>Напечатать Z %1 ещё раз (копия)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No receipt printer is set up in the shop&apos;s settings.</source>
        <translation>В настройках магазина не указан принтер чеков.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Z report %1 goes to the printer, marked COPY.</source>
        <translation>Z-отчёт %1 отправлен на принтер с пометкой КОПИЯ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The X report goes to the printer.</source>
        <translation>X-отчёт отправлен на принтер.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::ShopRefusalText</name>
    <message>
        <location filename="../../ui/src/shop_refusal_text.cpp" line="+21"/>
        <source>The shop&apos;s file %1 does not exist.
A demo shop is made with: kassactl demo --db %1</source>
        <translation>Файла магазина %1 нет.
Демо-магазин создаётся командой: kassactl demo --db %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Kassa shop&apos;s file. Check the path given with --db.</source>
        <translation>%1 — не файл магазина Kassa. Проверьте путь, указанный в --db.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop&apos;s file %1 is damaged. Do not delete it: restore the latest backup or call support.</source>
        <translation>Файл магазина %1 повреждён. Не удаляйте его: восстановите последнюю резервную копию или обратитесь в поддержку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s file %1 was written by a newer Kassa (version %2 of the file; this Kassa reads up to %3). Install the newer Kassa on this till.</source>
        <translation>Файл магазина %1 записан более новой версией Kassa (версия файла %2; эта Kassa читает до версии %3). Установите на эту кассу новую версию Kassa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shop&apos;s file %1 is locked by another program. Close it, or wait a moment, and start Kassa again.</source>
        <translation>Файл магазина %1 занят другой программой. Закройте её или подождите немного и запустите Kassa снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop&apos;s file %1 cannot be read and written by this user. Check its permissions and the disk.</source>
        <translation>Этот пользователь не может читать и записывать файл магазина %1. Проверьте права доступа и диск.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk of the shop&apos;s file %1 is full: the file could not be brought up to this Kassa. Free some space and start Kassa again.</source>
        <translation>Диск с файлом магазина %1 заполнен: файл не удалось обновить для этой версии Kassa. Освободите место и запустите Kassa снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>The shop&apos;s file %1 cannot be opened. Call support.</source>
        <translation>Файл магазина %1 не открывается. Обратитесь в поддержку.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The shop has no loyalty rules yet. Save them with: kassactl rules save --db %1 RULES.json --by NAME</source>
        <translation>У магазина ещё нет правил программы лояльности. Сохраните их командой: kassactl rules save --db %1 RULES.json --by NAME</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The shop&apos;s loyalty rules (version %1) have %n problem(s). See them all with: kassactl rules show --db %2 | kassactl rules check</source>
        <translation>
            <numerusform>В правилах программы лояльности магазина (версия %1) %n ошибка. Все ошибки покажет команда: kassactl rules show --db %2 | kassactl rules check</numerusform>
            <numerusform>В правилах программы лояльности магазина (версия %1) %n ошибки. Все ошибки покажет команда: kassactl rules show --db %2 | kassactl rules check</numerusform>
            <numerusform>В правилах программы лояльности магазина (версия %1) %n ошибок. Все ошибки покажет команда: kassactl rules show --db %2 | kassactl rules check</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The time zone %1 of the shop&apos;s loyalty rules is not known to this computer. Install the time zone data (tzdata) or correct the rules.</source>
        <translation>Часовой пояс %1 из правил программы лояльности неизвестен этому компьютеру. Установите данные часовых поясов (tzdata) или исправьте правила.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shop&apos;s time zone %1 is not known to this computer. Install the time zone data (tzdata) or correct it with: kassactl settings set --db %2 time_zone=ZONE --actor NAME</source>
        <translation>Часовой пояс магазина %1 неизвестен этому компьютеру. Установите данные часовых поясов (tzdata) или исправьте его командой: kassactl settings set --db %2 time_zone=ZONE --actor NAME</translation>
    </message>
</context>
<context>
    <name>kassa::ui::VatPage</name>
    <message>
        <location filename="../../ui/src/owner_window.cpp" line="-405"/>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Финляндия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+17"/>
        <source>exempt</source>
        <translation>без НДС</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prices include VAT. Each product is sold at its category&apos;s rate unless it has its own. A change applies to the next sales; receipts already made keep their rates.</source>
        <translation>Цены включают НДС. Товар продаётся по ставке своей категории, если у него нет своей ставки. Изменение действует для следующих продаж; уже пробитые чеки сохраняют свои ставки.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Country&apos;s rates</source>
        <translation>Ставки страны</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standard rate for every category</source>
        <translation>Основная ставка для всех категорий</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>Товаров</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the rates</source>
        <translation>Сохранить ставки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One product&apos;s own rate</source>
        <translation>Своя ставка одного товара</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>24, 9 or exempt; empty: its category&apos;s rate</source>
        <translation>24, 9 или без НДС; пусто: ставка категории</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Установить</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 standard</source>
        <translation>%1 основная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reduced</source>
        <translation>%1 льготная</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 zero-rated</source>
        <translation>%1 нулевая</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type 24, 25,5 or exempt</source>
        <translation>Введите 24, 25,5 или без НДС</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Categories without a rate: %1. Their products are sold at 0% until one is set.</source>
        <translation>Категорий без ставки: %1. Их товары продаются по 0%, пока ставка не задана.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every category has the standard rate now (%1: %2). Type the reduced rate where it applies, then save.</source>
        <translation>Теперь у всех категорий основная ставка (%1: %2). Введите льготную ставку, где она действует, и сохраните.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; for %2 is not a VAT rate: write a percentage from 0 to 100 such as 24 or 25,5, or exempt.</source>
        <translation>«%1» для %2 — не ставка НДС: напишите процент от 0 до 100, например 24 или 25,5, либо «без НДС».</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Nothing was saved.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rates saved: %1.</source>
        <translation>Сохранено ставок: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the product&apos;s SKU.</source>
        <translation>Введите артикул товара.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a VAT rate: write a percentage from 0 to 100 such as 24 or 25,5, or exempt; leave it empty for the category&apos;s rate.</source>
        <translation>«%1» — не ставка НДС: напишите процент от 0 до 100, например 24 или 25,5, либо «без НДС»; оставьте пустым для ставки категории.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no product with the SKU %1.</source>
        <translation>Товара с артикулом %1 нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) is sold at %3.</source>
        <translation>%1 (%2) продаётся по ставке %3.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2) follows its category again: %3.</source>
        <translation>%1 (%2) снова по ставке своей категории: %3.</translation>
    </message>
</context>
<context>
    <name>kassa::ui::WedgeFilter</name>
    <message>
        <location filename="../../ui/src/wedge_filter.cpp" line="+67"/>
        <source>This is a bank card, not a loyalty card. Nothing of it was kept.</source>
        <translation>Это банковская карта, а не карта клиента. Её данные не сохранены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card could not be read: swipe it again.</source>
        <translation>Карта не считалась: проведите её ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This card carries no loyalty number.</source>
        <translation>На этой карте нет номера карты клиента.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scanner sent unreadable text: scan again.</source>
        <translation>Сканер передал нечитаемый текст: отсканируйте ещё раз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture could not be read.</source>
        <translation>Не удалось распознать изображение.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scanner or card reader stopped working: check its cable.</source>
        <translation>Сканер или считыватель карт перестал работать: проверьте кабель.</translation>
    </message>
</context>
</TS>
